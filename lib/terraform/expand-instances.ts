import { isUnknownValue, type TConfigValue } from './config-value.ts';
import type { TEvalContext } from './eval-context.ts';
import { evaluateExpression } from './evaluate-expression.ts';
import { isObjectValue } from './is-object-value.ts';
import { sortSetItems } from './sort-set-items.ts';
import { containsUnknown } from './unknown-values.ts';
import type { TBlockModel } from './types.ts';

/** One instance of a resource with `count` or `for_each`: its key and the names it binds. */
export interface TInstance {
  /** `count.index` (number) or `each.key` (string). */
  key: number | string;
  /** `count` → `{ index }` or `each` → `{ key, value }`, to add to the evaluation scope. */
  scope: Map<string, TConfigValue>;
}

/**
 * The instances of a block with `count` (a whole number ≥ 0) or `for_each` (a map/object, or a
 * list/set of strings, as `toset([...])`), when that value is known in `context`; null when the
 * block has neither, or the value is unknown or invalid (evaluation errors are not reported
 * here). Keys follow Terraform: 0…n-1, or map keys / set items in lexical order. Never throws.
 */
export function expandInstances(block: TBlockModel, context: TEvalContext): TInstance[] | null {
  const { count, for_each: forEach } = block.attributes;
  const quiet: TEvalContext = { ...context, diagnostics: [] };
  if (count) {
    const value = evaluateExpression(count.expression, quiet);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10_000)
      return null;
    return Array.from({ length: value }, (_, index) => ({
      key: index,
      scope: new Map([['count', { index }]]),
    }));
  }
  if (!forEach) return null;
  const value = evaluateExpression(forEach.expression, quiet);
  if (isUnknownValue(value) || containsUnknownKeys(value)) return null;
  if (isObjectValue(value)) {
    return Object.keys(value)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((key) => ({
        key,
        scope: new Map([['each', { key, value: value[key] as TConfigValue }]]),
      }));
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return (sortSetItems([...new Set(value)]) as string[]).map((key) => ({
      key,
      scope: new Map([['each', { key, value: key }]]),
    }));
  }
  return null;
}

function containsUnknownKeys(value: TConfigValue): boolean {
  return Array.isArray(value) && value.some(containsUnknown);
}
