import type { HclAttribute, HclBlock } from '../index.ts';
import { matchesValue } from './matches-value.ts';
import type { HclEditBlockSpec } from './types.ts';

/**
 * Whether `block` (parsed from `text`) is exactly `spec`: same type and labels, the same attribute
 * names with matching values (see `matchesValue`), and the same nested blocks in order. Returns
 * the first difference, or null. Never throws.
 */
export function checkBlock(block: HclBlock, spec: HclEditBlockSpec, text: string): string | null {
  const labels = block.labels.map((label) => label.value);
  if (block.type !== spec.type || JSON.stringify(labels) !== JSON.stringify(spec.labels ?? []))
    return `block ${block.type} does not read back as ${spec.type}`;
  const attributes = block.body.items.filter(
    (item): item is HclAttribute => item.kind === 'attribute',
  );
  const expected = Object.entries(spec.attributes ?? {});
  if (attributes.length !== expected.length)
    return `block ${spec.type} has ${attributes.length} attributes, expected ${expected.length}`;
  for (const [name, value] of expected) {
    const found = attributes.find((a) => a.name === name);
    if (!found || !matchesValue(found.expression, value, text))
      return `${spec.type}.${name} does not read back as requested`;
  }
  const blocks = block.body.items.filter((item): item is HclBlock => item.kind === 'block');
  const nested = spec.blocks ?? [];
  if (blocks.length !== nested.length)
    return `block ${spec.type} has ${blocks.length} nested blocks, expected ${nested.length}`;
  for (const [i, child] of nested.entries()) {
    const problem = checkBlock(blocks[i] as HclBlock, child, text);
    if (problem) return problem;
  }
  return null;
}
