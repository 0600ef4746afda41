import type { TModule, TReference } from './types.ts';

/** The references to `address` ("used by"), in file then source order. Never throws. */
export function findUsedBy(module: TModule, address: string): TReference[] {
  return module.usedBy.get(address) ?? [];
}
