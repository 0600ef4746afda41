import { findReferences, type HclExpression } from '../hcl/index.ts';
import { isUnknownValue, type TConfigValue } from './config-value.ts';
import { callFunction } from './call-function.ts';
import { describeValueType } from './describe-value-type.ts';
import { reportAt, sourceOf, type TEvalContext } from './eval-context.ts';
import { setOwn } from './set-own.ts';
import { evaluateFor } from './evaluate-for.ts';
import { evaluateOperation } from './evaluate-operation.ts';
import { evaluateTemplate } from './evaluate-template.ts';
import { evaluateTraversal } from './evaluate-traversal.ts';
import { bareKey } from './bare-key.ts';
import { formatNumber } from './format-number.ts';
import { collectUnknownReferences, makeUnknown } from './unknown-values.ts';

/**
 * Evaluates an expression to a TConfigValue: literals, templates, `var.*`, `local.*`,
 * `path.*`, functions, operators, conditionals, collections and `for` expressions. Whatever
 * depends on resources, data sources, module outputs, `count`/`each` or an unsupported function
 * is a TUnknownValue listing its references; operations on unknowns stay unknown. Errors are
 * diagnostics in `context.diagnostics` (the value is then unknown). Never throws.
 */
export function evaluateExpression(expression: HclExpression, context: TEvalContext): TConfigValue {
  switch (expression.kind) {
    case 'literal':
      return expression.value;
    case 'invalid':
      return makeUnknown([], sourceOf(context, expression));
    case 'template':
      return evaluateTemplate(expression, context);
    case 'variable':
    case 'get-attribute':
    case 'index':
    case 'splat':
      return evaluateTraversal(expression, context);
    case 'splat-item':
      return context.splatItem ?? null;
    case 'function-call':
      return callFunction(expression, context);
    case 'parentheses':
      return evaluateExpression(expression.expression, context);
    case 'unary':
    case 'binary':
      return evaluateOperation(expression, context);
    case 'conditional': {
      const condition = evaluateExpression(expression.condition, context);
      if (isUnknownValue(condition)) {
        const refs = findReferences(expression).map((r) => r.text);
        return makeUnknown([...condition.references, ...refs], sourceOf(context, expression));
      }
      if (typeof condition !== 'boolean') {
        reportAt(
          context,
          expression.condition,
          'invalid-condition',
          `The condition must be a bool, got ${describeValueType(condition)}.`,
        );
        return makeUnknown(collectUnknownReferences([condition]), sourceOf(context, expression));
      }
      return evaluateExpression(condition ? expression.then : expression.else, context);
    }
    case 'tuple':
      return expression.items.map((item) => evaluateExpression(item, context));
    case 'object': {
      const out: { [key: string]: TConfigValue } = {};
      for (const item of expression.items) {
        let key: TConfigValue;
        const bare = bareKey(item);
        if (bare !== null) key = bare;
        else key = evaluateExpression(item.key, context);
        const value = evaluateExpression(item.value, context);
        if (isUnknownValue(key))
          return makeUnknown(collectUnknownReferences([key, value]), sourceOf(context, expression));
        if (typeof key === 'number') key = formatNumber(key);
        else if (typeof key === 'boolean') key = String(key);
        if (typeof key !== 'string') {
          reportAt(
            context,
            item.key,
            'invalid-object-key',
            `An object key must be a string, got ${describeValueType(key)}.`,
          );
          continue;
        }
        setOwn(out, key, value);
      }
      return out;
    }
    case 'for':
      return evaluateFor(expression, context);
  }
}
