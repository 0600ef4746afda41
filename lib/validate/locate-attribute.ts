import type { TBlockModel, TSourceRange } from '../terraform/types.ts';

/**
 * The source range of an attribute path like `actions[0].capture[0].name` inside a resource
 * block: the attribute when it exists, else the deepest nested block on the path (where a missing
 * attribute belongs), else the block itself.
 */
export function locateAttribute(block: TBlockModel, path: string): TSourceRange {
  const segments = path.match(/[^.[\]]+/g) ?? [];
  let current = block;
  for (let i = 0; i < segments.length; i += 1) {
    const name = segments[i]!;
    const next = segments[i + 1];
    const attribute = current.attributes[name];
    if (attribute) return attribute.range;
    const index = next !== undefined && /^\d+$/.test(next) ? Number(next) : 0;
    const nested = current.blocks.filter((b) => b.type === name)[index];
    if (!nested) return current.range;
    current = nested;
    if (next !== undefined && /^\d+$/.test(next)) i += 1;
  }
  return current.range;
}
