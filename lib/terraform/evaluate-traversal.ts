import {
  findReferences,
  type HclExpression,
  type HclGetAttribute,
  type HclIndex,
  type HclSplat,
  type HclVariable,
} from '../hcl/index.ts';
import { isUnknownValue, type TConfigValue } from './config-value.ts';
import { describeValueType } from './describe-value-type.ts';
import { reportAt, sourceOf, type TEvalContext } from './eval-context.ts';
import { evaluateExpression } from './evaluate-expression.ts';
import { evaluateLocal } from './evaluate-local.ts';
import { evaluateVariable } from './evaluate-variable.ts';
import { formatNumber } from './format-number.ts';
import { isObjectValue } from './is-object-value.ts';
import { collectUnknownReferences, makeUnknown } from './unknown-values.ts';

const NAMESPACES = new Set(['var', 'local', 'path', 'terraform']);

/**
 * Evaluates a variable, attribute access, index or splat. Roots bound in scope (`for`
 * variables, templatefile variables) and the namespaces `var`, `local`, `path`, `terraform`
 * are resolved; any other root (resources, `data`, `module`, `count`, `each`, `self`) makes the
 * whole traversal unknown with its references. Access to a missing attribute, a bad index or
 * null is reported (`invalid-access`). Never throws.
 */
export function evaluateTraversal(
  expression: HclVariable | HclGetAttribute | HclIndex | HclSplat,
  context: TEvalContext,
): TConfigValue {
  const root = rootOf(expression);
  if (root && !context.scope.has(root.name)) {
    if (context.isTemplateFile) {
      reportAt(
        context,
        root,
        'undefined-template-variable',
        `The template refers to \`${root.name}\`, which is not in the variables given to templatefile.`,
      );
      return makeUnknown([], sourceOf(context, expression));
    }
    if (!NAMESPACES.has(root.name)) {
      return makeUnknown(
        findReferences(expression).map((r) => r.text),
        sourceOf(context, expression),
      );
    }
  }
  switch (expression.kind) {
    case 'variable':
      if (context.scope.has(expression.name))
        return context.scope.get(expression.name) as TConfigValue;
      reportAt(
        context,
        expression,
        'invalid-reference',
        `\`${expression.name}\` alone is not a value; write \`${expression.name}.<name>\`.`,
      );
      return makeUnknown([], expression.name);
    case 'get-attribute': {
      const source = expression.source;
      if (
        source.kind === 'variable' &&
        !context.scope.has(source.name) &&
        NAMESPACES.has(source.name)
      )
        return evaluateNamespace(source.name, expression, context);
      return getAttribute(evaluateExpression(source, context), expression, context);
    }
    case 'index': {
      const base = evaluateExpression(expression.source, context);
      const key = evaluateExpression(expression.key, context);
      return getIndex(base, key, expression, context);
    }
    case 'splat': {
      const base = evaluateExpression(expression.source, context);
      if (isUnknownValue(base)) return makeUnknown(base.references, sourceOf(context, expression));
      const items = Array.isArray(base) ? base : base === null ? [] : [base];
      return items.map((item) =>
        evaluateExpression(expression.each, { ...context, splatItem: item }),
      );
    }
  }
}

function rootOf(expression: HclExpression): HclVariable | null {
  let current = expression;
  for (;;) {
    if (current.kind === 'variable') return current;
    if (current.kind === 'get-attribute' || current.kind === 'index' || current.kind === 'splat')
      current = current.source;
    else return null;
  }
}

function evaluateNamespace(
  namespace: string,
  expression: HclGetAttribute,
  context: TEvalContext,
): TConfigValue {
  const name = expression.name;
  switch (namespace) {
    case 'var':
      return evaluateVariable(name, expression, context);
    case 'local':
      return evaluateLocal(name, expression, context);
    case 'path':
      if (name === 'module') return context.module.path;
      if (name === 'root') return context.module.rootPath;
      if (name === 'cwd') return '.';
      break;
    default:
      if (name === 'workspace') return 'default';
      break;
  }
  reportAt(
    context,
    expression,
    'invalid-reference',
    `\`${namespace}.${name}\` is not a known attribute; use ${namespace === 'path' ? '`path.module`, `path.root` or `path.cwd`' : '`terraform.workspace`'}.`,
  );
  return makeUnknown([], sourceOf(context, expression));
}

function getAttribute(
  base: TConfigValue,
  expression: HclGetAttribute,
  context: TEvalContext,
): TConfigValue {
  if (isUnknownValue(base)) return makeUnknown(base.references, sourceOf(context, expression));
  if (isObjectValue(base)) {
    if (Object.hasOwn(base, expression.name)) return base[expression.name] as TConfigValue;
    return fail(context, expression, `This object has no attribute named "${expression.name}".`);
  }
  return fail(
    context,
    expression,
    `Cannot read the attribute "${expression.name}" of a ${describeValueType(base)} value.`,
  );
}

function getIndex(
  base: TConfigValue,
  key: TConfigValue,
  expression: HclIndex,
  context: TEvalContext,
): TConfigValue {
  if (isUnknownValue(base) || isUnknownValue(key))
    return makeUnknown(collectUnknownReferences([base, key]), sourceOf(context, expression));
  if (Array.isArray(base)) {
    const index = typeof key === 'string' && key.trim() !== '' ? Number(key) : key;
    if (typeof index !== 'number' || !Number.isInteger(index))
      return fail(
        context,
        expression.key,
        `A list index must be a whole number, got ${describeValueType(key)}.`,
      );
    if (index < 0 || index >= base.length)
      return fail(
        context,
        expression.key,
        `The index ${index} is out of range for a list of ${base.length} element(s).`,
      );
    return base[index] as TConfigValue;
  }
  if (isObjectValue(base)) {
    const name =
      typeof key === 'number' ? formatNumber(key) : typeof key === 'boolean' ? String(key) : key;
    if (typeof name !== 'string')
      return fail(
        context,
        expression.key,
        `A map key must be a string, got ${describeValueType(key)}.`,
      );
    if (Object.hasOwn(base, name)) return base[name] as TConfigValue;
    return fail(context, expression.key, `The map has no element for the key "${name}".`);
  }
  return fail(context, expression, `Cannot index a ${describeValueType(base)} value.`);
}

function fail(context: TEvalContext, node: HclExpression, message: string): TConfigValue {
  reportAt(context, node, 'invalid-access', message);
  return makeUnknown([], sourceOf(context, node));
}
