import type { HclFor } from '../hcl/index.ts';
import { isUnknownValue, type TConfigValue } from './config-value.ts';
import { describeValueType } from './describe-value-type.ts';
import { reportAt, sourceOf, type TEvalContext } from './eval-context.ts';
import { setOwn } from './set-own.ts';
import { evaluateExpression } from './evaluate-expression.ts';
import { formatNumber } from './format-number.ts';
import { iterateCollection } from './iterate-collection.ts';
import { collectUnknownReferences, makeUnknown } from './unknown-values.ts';

/**
 * Evaluates `[for k, v in coll : value if cond]` and `{for k, v in coll : key => value… if cond}`.
 * An unknown collection, condition or key makes the result unknown; duplicate object keys
 * without `...` grouping are an error (`duplicate-for-key`). Never throws.
 */
export function evaluateFor(expression: HclFor, context: TEvalContext): TConfigValue {
  const collection = evaluateExpression(expression.collection, context);
  const unknown = () =>
    makeUnknown(collectUnknownReferences([collection]), sourceOf(context, expression));
  const entries = iterateCollection(collection, expression.collection, context);
  if (entries === null)
    return isUnknownValue(collection) ? unknown() : makeUnknown([], sourceOf(context, expression));
  const items: TConfigValue[] = [];
  const object: { [key: string]: TConfigValue } = {};
  const grouped: { [key: string]: TConfigValue } = {};
  for (const [key, value] of entries) {
    const scope = new Map(context.scope);
    if (expression.keyVar) scope.set(expression.keyVar, key);
    scope.set(expression.valueVar, value);
    const inner: TEvalContext = { ...context, scope };
    if (expression.condition) {
      const condition = evaluateExpression(expression.condition, inner);
      if (isUnknownValue(condition))
        return makeUnknown(condition.references, sourceOf(context, expression));
      if (typeof condition !== 'boolean') {
        reportAt(
          context,
          expression.condition,
          'invalid-condition',
          `The for condition must be a bool, got ${describeValueType(condition)}.`,
        );
        return makeUnknown([], sourceOf(context, expression));
      }
      if (!condition) continue;
    }
    const result = evaluateExpression(expression.value, inner);
    if (!expression.isObject || !expression.key) {
      items.push(result);
      continue;
    }
    let resultKey = evaluateExpression(expression.key, inner);
    if (isUnknownValue(resultKey))
      return makeUnknown(resultKey.references, sourceOf(context, expression));
    if (typeof resultKey === 'number') resultKey = formatNumber(resultKey);
    else if (typeof resultKey === 'boolean') resultKey = String(resultKey);
    if (typeof resultKey !== 'string') {
      reportAt(
        context,
        expression.key,
        'invalid-object-key',
        `An object key must be a string, got ${describeValueType(resultKey)}.`,
      );
      return makeUnknown([], sourceOf(context, expression));
    }
    if (expression.isGrouped) {
      const group = Object.hasOwn(grouped, resultKey) ? grouped[resultKey] : undefined;
      if (Array.isArray(group)) group.push(result);
      else setOwn(grouped, resultKey, [result]);
    } else if (Object.hasOwn(object, resultKey)) {
      reportAt(
        context,
        expression.key,
        'duplicate-for-key',
        `Two items produce the key "${resultKey}"; add \`...\` after the value to group them.`,
      );
      return makeUnknown([], sourceOf(context, expression));
    } else setOwn(object, resultKey, result);
  }
  if (!expression.isObject) return items;
  return expression.isGrouped ? grouped : object;
}
