import { findReferences, type HclFunctionCall } from '../hcl/index.ts';
import { collectionFunctions } from './collection-functions.ts';
import { extraCollectionFunctions } from './extra-collection-functions.ts';
import { isUnknownValue, type TConfigValue } from './config-value.ts';
import { reportAt, sourceOf, type TEvalContext } from './eval-context.ts';
import { evaluateExpression } from './evaluate-expression.ts';
import { evaluateFileFunction } from './evaluate-file-function.ts';
import { FunctionError, type TFunctionImpl } from './function-error.ts';
import { numberFunctions } from './number-functions.ts';
import { measureEditDistance } from './measure-edit-distance.ts';
import { stringFunctions } from './string-functions.ts';
import { TERRAFORM_FUNCTION_NAMES } from './terraform-function-names.ts';
import { typeFunctions } from './type-functions.ts';
import { collectUnknownReferences, containsUnknown, makeUnknown } from './unknown-values.ts';

const FUNCTIONS: Record<string, TFunctionImpl> = {
  ...stringFunctions,
  ...collectionFunctions,
  ...extraCollectionFunctions,
  ...numberFunctions,
  ...typeFunctions,
};

// These only move values around, so unknown items inside their arguments survive as items.
const STRUCTURAL = new Set([
  'concat',
  'merge',
  'length',
  'element',
  'tolist',
  'tomap',
  'flatten',
  'keys',
  'values',
  'lookup',
  'reverse',
  'coalesce',
  'slice',
  'one',
  'chunklist',
  'coalescelist',
]);

/**
 * Calls a built-in function. `file`/`templatefile`/`fileexists` read through the module's
 * injected readFile; `try`/`can` evaluate lazily. A top-level unknown argument makes the result
 * unknown; nested unknowns pass through structural functions (concat, merge, lookup, …) and make
 * other results unknown. Terraform functions outside the supported subset (and provider-defined
 * `provider::…` functions) give an unknown and an `unsupported-function` info diagnostic; a name
 * Terraform does not know is an `unknown-function` error with a hint; a bad call gives
 * `invalid-function-argument`. Never throws.
 */
export function callFunction(call: HclFunctionCall, context: TEvalContext): TConfigValue {
  // `core::name` is Terraform's explicit namespace for its built-in functions.
  const name = call.name.startsWith('core::') ? call.name.slice('core::'.length) : call.name;
  if (name === 'try' || name === 'can') return evaluateTry(call, context);
  const args = call.args.map((arg) => evaluateExpression(arg, context));
  if (call.expandFinal && args.length > 0) {
    const last = args.pop() as TConfigValue;
    if (isUnknownValue(last)) return unknown(call, context, [...args, last]);
    if (!Array.isArray(last)) {
      reportAt(
        context,
        call,
        'invalid-function-argument',
        `${name}: the argument before \`...\` must be a list.`,
      );
      return unknown(call, context, args);
    }
    args.push(...last);
  }
  const fileResult = evaluateFileFunction(name, args, call, context);
  if (fileResult !== undefined) return fileResult;
  const impl = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (!impl) {
    const nameNode = { start: call.nameStart, end: call.nameEnd };
    if (TERRAFORM_FUNCTION_NAMES.has(name) || name.includes('::')) {
      reportAt(
        context,
        nameNode,
        'unsupported-function',
        `Rampart does not evaluate \`${name}()\`; its result is shown as unknown.`,
        { severity: 'info' },
      );
    } else {
      const hint = suggestFunction(name);
      reportAt(
        context,
        nameNode,
        'unknown-function',
        `Call to unknown function: there is no function named "${name}".`,
        hint ? { hint } : {},
      );
    }
    return makeUnknown(
      [...collectUnknownReferences(args), ...findReferences(call).map((r) => r.text)],
      sourceOf(context, call),
    );
  }
  if (args.some(isUnknownValue)) return unknown(call, context, args);
  if (!STRUCTURAL.has(name) && args.some(containsUnknown)) return unknown(call, context, args);
  try {
    return impl(args);
  } catch (error) {
    if (!(error instanceof FunctionError)) throw error;
    reportAt(
      context,
      call,
      'invalid-function-argument',
      `Invalid call to ${name}(): ${error.message}.`,
    );
    return makeUnknown(collectUnknownReferences(args), sourceOf(context, call));
  }
}

function suggestFunction(name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of TERRAFORM_FUNCTION_NAMES) {
    const distance = measureEditDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best === undefined ? undefined : `Did you mean \`${best}\`?`;
}

function unknown(
  call: HclFunctionCall,
  context: TEvalContext,
  args: readonly TConfigValue[],
): TConfigValue {
  return makeUnknown(collectUnknownReferences(args), sourceOf(context, call));
}

function evaluateTry(call: HclFunctionCall, context: TEvalContext): TConfigValue {
  for (const arg of call.args) {
    const diagnostics: TEvalContext['diagnostics'] = [];
    const value = evaluateExpression(arg, { ...context, diagnostics });
    const isError = diagnostics.some((d) => d.severity === 'error');
    if (call.name === 'can') return isUnknownValue(value) && !isError ? value : !isError;
    if (!isError) {
      context.diagnostics.push(...diagnostics);
      return value;
    }
  }
  if (call.name === 'try')
    reportAt(
      context,
      call,
      'invalid-function-argument',
      'Invalid call to try(): no argument could be evaluated without an error.',
    );
  return makeUnknown([], sourceOf(context, call));
}
