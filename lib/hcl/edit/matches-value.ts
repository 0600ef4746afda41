import { decodeValue, type HclExpression, type HclObjectItem } from '../index.ts';
import { isExpressionValue } from './is-expression-value.ts';
import type { HclEditValue } from './types.ts';

function keyOf(item: HclObjectItem): string | null {
  if (!item.isKeyForced && item.key.kind === 'variable') return item.key.name;
  const decoded = decodeValue(item.key);
  return decoded.kind === 'string' ? decoded.value : null;
}

/**
 * Whether `expression` (parsed from `text`) is exactly `value`: literals decode (`decodeValue`) to
 * the same string/number/bool/null, tuples and objects match element by element (object keys as
 * a set, no duplicates), and a raw expression's source text equals the requested text (trimmed).
 * Never throws.
 */
export function matchesValue(
  expression: HclExpression,
  value: HclEditValue,
  text: string,
): boolean {
  if (isExpressionValue(value))
    return text.slice(expression.start, expression.end) === value.expression.trim();
  if (Array.isArray(value)) {
    if (expression.kind !== 'tuple' || expression.items.length !== value.length) return false;
    return expression.items.every((item, i) => matchesValue(item, value[i] as HclEditValue, text));
  }
  if (value !== null && typeof value === 'object') {
    if (expression.kind !== 'object') return false;
    const entries = Object.entries(value);
    if (expression.items.length !== entries.length) return false;
    const seen = new Set<string>();
    for (const item of expression.items) {
      const key = keyOf(item);
      if (key === null || seen.has(key) || !Object.hasOwn(value, key)) return false;
      seen.add(key);
      if (!matchesValue(item.value, value[key] as HclEditValue, text)) return false;
    }
    return true;
  }
  const decoded = decodeValue(expression);
  if (value === null) return decoded.kind === 'null';
  if (typeof value === 'string') return decoded.kind === 'string' && decoded.value === value;
  if (typeof value === 'number') return decoded.kind === 'number' && decoded.value === value;
  return decoded.kind === 'bool' && decoded.value === value;
}
