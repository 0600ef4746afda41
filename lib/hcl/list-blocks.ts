import type { HclBlock, HclBody } from './types.ts';

/** The blocks directly in `body` (only those of `type` when given), in source order. Never throws. */
export function listBlocks(body: HclBody, type?: string): HclBlock[] {
  const out: HclBlock[] = [];
  for (const item of body.items)
    if (item.kind === 'block' && (type === undefined || item.type === type)) out.push(item);
  return out;
}
