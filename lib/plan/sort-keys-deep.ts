/**
 * A copy of a JSON-like value with object keys in sorted order at every depth, so JSON.stringify
 * of it is one text per deep value whatever the key order it was built or parsed with (integer-like
 * keys come first in numeric order either way: JavaScript's own property order). Pure.
 */
export function sortKeysDeep(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length > 1) keys.sort();
  const sorted: Record<string, unknown> = {};
  for (const key of keys) sorted[key] = sortKeysDeep(record[key]);
  return sorted;
}
