import type { HclAttribute, HclBody } from './types.ts';

/** The attribute named `name` directly in `body` (the first, if HCL reported a duplicate), or undefined. */
export function findAttribute(body: HclBody, name: string): HclAttribute | undefined {
  for (const item of body.items) if (item.kind === 'attribute' && item.name === name) return item;
  return undefined;
}
