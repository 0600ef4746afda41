import type { HclObjectItem } from '../hcl/index.ts';

/**
 * The literal name of an object key written bare — an identifier (`name = …`) or a keyword
 * (`null = …`, `true = …`, which HCL also takes as the strings "null", "true") — or null when
 * the key is an expression to evaluate (quoted, parenthesised, or anything else). Never throws.
 */
export function bareKey(item: HclObjectItem): string | null {
  if (item.isKeyForced) return null;
  if (item.key.kind === 'variable') return item.key.name;
  if (item.key.kind === 'literal' && typeof item.key.value !== 'number') return item.key.raw;
  return null;
}
