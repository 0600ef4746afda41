import { SENSITIVE_MASK } from './plan-model.ts';

/**
 * A shallow copy of a canonical object with the top-level `sensitive` attributes replaced by
 * SENSITIVE_MASK (values that are unknown, null or absent stay as they are: they reveal nothing).
 * Non-objects pass through. Pure.
 */
export function maskSensitive(value: unknown, sensitive: readonly string[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const result: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const name of sensitive) {
    if (result[name] !== undefined && result[name] !== null) result[name] = SENSITIVE_MASK;
  }
  return result;
}
