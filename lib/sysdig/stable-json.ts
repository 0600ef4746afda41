/** JSON text with object keys sorted at every depth: a stable identity for deep values. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    const record = value as Record<string, unknown>;
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Orders set elements: numbers numerically, everything else by stable JSON text. */
export function compareSetElements(left: unknown, right: unknown): number {
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  if (typeof left === 'number') return -1;
  if (typeof right === 'number') return 1;
  const a = stableJson(left);
  const b = stableJson(right);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A sorted copy of a set's elements, duplicates removed (a TypeSet holds each value once). */
export function sortedSet<T>(values: readonly T[]): T[] {
  const seen = new Set<string>();
  const unique: T[] = [];
  for (const value of values) {
    const key = stableJson(value);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(value);
  }
  return unique.sort(compareSetElements);
}

/**
 * Go `encoding/json` output: JSON.stringify plus Go's HTML escaping of `<`, `>`, `&` and the
 * U+2028/U+2029 separators (spec §4.1: conditions and scopes arrive escaped).
 */
export function toGoJson(value: unknown): string {
  return (JSON.stringify(value) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
