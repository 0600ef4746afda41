import type { HclBlock, HclBody } from '../index.ts';

/** Blocks of `body` whose type and labels equal `block` (`[type, ...labels]`). */
export function findBlocks(body: HclBody, block: readonly string[]): HclBlock[] {
  const [type, ...labels] = block;
  return body.items.filter(
    (item): item is HclBlock =>
      item.kind === 'block' &&
      item.type === type &&
      item.labels.length === labels.length &&
      item.labels.every((label, i) => label.value === labels[i]),
  );
}
