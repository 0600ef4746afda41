import type { HclBinary, HclUnary } from '../hcl/index.ts';
import { isUnknownValue, type TConfigValue } from './config-value.ts';
import { describeValueType } from './describe-value-type.ts';
import { equalValues } from './equal-values.ts';
import { reportAt, sourceOf, type TEvalContext } from './eval-context.ts';
import { evaluateExpression } from './evaluate-expression.ts';
import { collectUnknownReferences, containsUnknown, makeUnknown } from './unknown-values.ts';

/**
 * Evaluates unary (`-x`, `!x`) and binary operators with HCL's rules: arithmetic and ordering
 * convert numeric strings to numbers, `==`/`!=` compare deeply without conversion, `&&`/`||`
 * need bools (a known `false &&` / `true ||` decides even if the other side is unknown).
 * Non-integer results are rounded to 15 significant digits (see normalizeNumber).
 * Unknown operands give an unknown result; type errors give `invalid-operand`. Never throws.
 */
export function evaluateOperation(
  expression: HclUnary | HclBinary,
  context: TEvalContext,
): TConfigValue {
  if (expression.kind === 'unary') {
    const operand = evaluateExpression(expression.operand, context);
    if (isUnknownValue(operand))
      return makeUnknown(operand.references, sourceOf(context, expression));
    if (expression.operator === '!') {
      if (typeof operand === 'boolean') return !operand;
      return fail(expression.operand, `\`!\` needs a bool, got ${describeValueType(operand)}`);
    }
    const number = toNumber(operand);
    return number === null
      ? fail(expression.operand, `\`-\` needs a number, got ${describeValueType(operand)}`)
      : -number;
  }
  const left = evaluateExpression(expression.left, context);
  const right = evaluateExpression(expression.right, context);
  const operator = expression.operator;
  if (operator === '&&' || operator === '||') {
    const decisive = operator === '||';
    if (left === decisive || right === decisive) return decisive;
    if (isUnknownValue(left) || isUnknownValue(right)) return unknown();
    if (typeof left !== 'boolean')
      return fail(expression.left, `\`${operator}\` needs bools, got ${describeValueType(left)}`);
    if (typeof right !== 'boolean')
      return fail(expression.right, `\`${operator}\` needs bools, got ${describeValueType(right)}`);
    return operator === '&&' ? left && right : left || right;
  }
  if (containsUnknown(left) || containsUnknown(right)) return unknown();
  if (operator === '==') return equalValues(left, right);
  if (operator === '!=') return !equalValues(left, right);
  const a = toNumber(left);
  const b = toNumber(right);
  if (a === null)
    return fail(expression.left, `\`${operator}\` needs numbers, got ${describeValueType(left)}`);
  if (b === null)
    return fail(expression.right, `\`${operator}\` needs numbers, got ${describeValueType(right)}`);
  switch (operator) {
    case '+':
      return normalizeNumber(a + b);
    case '-':
      return normalizeNumber(a - b);
    case '*':
      return normalizeNumber(a * b);
    case '/':
      return b === 0 ? fail(expression.right, 'division by zero') : normalizeNumber(a / b);
    case '%':
      return b === 0 ? fail(expression.right, 'modulo by zero') : normalizeNumber(a % b);
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '>=':
      return a >= b;
    default:
      return fail(expression, `unsupported operator ${operator}`);
  }

  function unknown(): TConfigValue {
    return makeUnknown(collectUnknownReferences([left, right]), sourceOf(context, expression));
  }

  function fail(node: { start: number; end: number }, message: string): TConfigValue {
    reportAt(context, node, 'invalid-operand', `Invalid operand: ${message}.`);
    return makeUnknown([], sourceOf(context, expression));
  }
}

// Terraform computes with arbitrary-precision decimals (0.1 + 0.2 is exactly 0.3); rounding
// binary floating-point results to 15 significant digits gives the same answer in the common
// cases. Integers are exact up to 2^53.
function normalizeNumber(value: number): number {
  return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(15));
}

function toNumber(value: TConfigValue): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}
