import type { HclAttribute, HclBody } from './types.ts';

/** The attributes directly in `body`, in source order. Never throws. */
export function listAttributes(body: HclBody): HclAttribute[] {
  const out: HclAttribute[] = [];
  for (const item of body.items) if (item.kind === 'attribute') out.push(item);
  return out;
}
