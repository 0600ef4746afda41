import type { HclTemplate, HclTemplatePart } from '../hcl/index.ts';
import { isUnknownValue, type TConfigValue } from './config-value.ts';
import { convertToTemplateString } from './convert-to-template-string.ts';
import { describeValueType } from './describe-value-type.ts';
import { reportAt, sourceOf, type TEvalContext } from './eval-context.ts';
import { evaluateExpression } from './evaluate-expression.ts';
import { iterateCollection } from './iterate-collection.ts';
import { makeUnknown } from './unknown-values.ts';

/**
 * Evaluates a quoted template or heredoc: `"${x}"` alone is x's value (any type, HCL's
 * TemplateWrapExpr); otherwise the parts are concatenated, `%{if}` and `%{for}` directives
 * included. An unknown part makes the whole string unknown (references collected). Never throws.
 */
export function evaluateTemplate(template: HclTemplate, context: TEvalContext): TConfigValue {
  if (template.literal !== undefined) return template.literal;
  const [first] = template.parts;
  if (template.isWrap && first?.kind === 'template-interpolation')
    return evaluateExpression(first.expression, context);
  const references: string[] = [];
  const text = renderParts(template.parts, context, references);
  if (text === null) return makeUnknown(references, sourceOf(context, template));
  return text;
}

function renderParts(
  parts: readonly HclTemplatePart[],
  context: TEvalContext,
  references: string[],
): string | null {
  let out = '';
  let isUnknown = false;
  for (const part of parts) {
    switch (part.kind) {
      case 'template-literal':
        out += part.value;
        break;
      case 'template-interpolation': {
        const value = evaluateExpression(part.expression, context);
        if (isUnknownValue(value)) {
          references.push(...value.references);
          isUnknown = true;
          break;
        }
        const converted = convertToTemplateString(value);
        if ('error' in converted) {
          reportAt(
            context,
            part.expression,
            'invalid-template-value',
            `Invalid template interpolation value: ${converted.error}.`,
          );
          isUnknown = true;
        } else out += converted.text;
        break;
      }
      case 'template-if': {
        const condition = evaluateExpression(part.condition, context);
        if (isUnknownValue(condition)) {
          references.push(...condition.references);
          isUnknown = true;
          break;
        }
        if (typeof condition !== 'boolean') {
          reportAt(
            context,
            part.condition,
            'invalid-condition',
            `The %{if} condition must be a bool, got ${describeValueType(condition)}.`,
          );
          isUnknown = true;
          break;
        }
        const rendered = renderParts(condition ? part.then : part.else, context, references);
        if (rendered === null) isUnknown = true;
        else out += rendered;
        break;
      }
      case 'template-for': {
        const collection = evaluateExpression(part.collection, context);
        const entries = iterateCollection(collection, part.collection, context);
        if (entries === null) {
          if (isUnknownValue(collection)) references.push(...collection.references);
          isUnknown = true;
          break;
        }
        for (const [key, value] of entries) {
          const scope = new Map(context.scope);
          if (part.keyVar) scope.set(part.keyVar, key);
          scope.set(part.valueVar, value);
          const rendered = renderParts(part.body, { ...context, scope }, references);
          if (rendered === null) isUnknown = true;
          else out += rendered;
        }
        break;
      }
    }
  }
  return isUnknown ? null : out;
}
