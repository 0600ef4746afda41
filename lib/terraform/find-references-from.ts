import type { TModule, TReference } from './types.ts';

/** The references the entity at `address` makes (for a locals entry: that local's), in source order. Never throws. */
export function findReferencesFrom(module: TModule, address: string): TReference[] {
  return module.references.filter((reference) => reference.from === address);
}
