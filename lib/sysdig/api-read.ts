/** Defensive readers for API objects (unknown JSON); each returns a fallback rather than throwing. */

/** The object at `value`, or {}. */
export function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Unwraps `{ [key]: inner }` (SEED and channel wrappers) or returns the object itself. */
export function unwrap(value: unknown, key: string): Record<string, unknown> {
  const outer = record(value);
  return key in outer ? record(outer[key]) : outer;
}

/** A string, or `fallback`. */
export function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/** A number, or `fallback`. */
export function integer(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A boolean, or `fallback`. */
export function flag(value: unknown, fallback = false): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** An array, or []. */
export function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Strings of an array (other elements dropped). */
export function strings(value: unknown): string[] {
  return array(value).filter((item): item is string => typeof item === 'string');
}

/** Numbers of an array (other elements dropped). */
export function numbers(value: unknown): number[] {
  return array(value).filter((item): item is number => typeof item === 'number');
}
