import type { TConfigValue } from './config-value.ts';
import { reportAt, type TEvalContext } from './eval-context.ts';
import { suggestAddress } from './suggest-address.ts';
import { makeUnknown } from './unknown-values.ts';

/**
 * The value of `var.<name>`: from defaults/tfvars (see resolveVariableValues), unknown when
 * declared without a value, and an `undefined-variable` error (with a "did you mean" hint)
 * plus an unknown when not declared. Never throws.
 */
export function evaluateVariable(
  name: string,
  node: { start: number; end: number },
  context: TEvalContext,
): TConfigValue {
  const address = `var.${name}`;
  const value = context.module.variableValues.get(name);
  if (value) return value.value;
  if (!context.module.variables.some((v) => v.name === name)) {
    const hint = suggestAddress(
      address,
      context.module.variables.map((v) => v.address),
    );
    reportAt(
      context,
      node,
      'undefined-variable',
      `Reference to undeclared input variable "${name}": declare it with a variable "${name}" block.`,
      hint ? { hint } : {},
    );
  }
  return makeUnknown([address], address);
}
