import type { HclEditExpression } from './types.ts';

/** Whether `value` is a raw expression `{ expression: string }` (an object with only that key). */
export function isExpressionValue(value: unknown): value is HclEditExpression {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 1 &&
    keys[0] === 'expression' &&
    typeof (value as HclEditExpression).expression === 'string'
  );
}
