import type { TConfigValue } from './config-value.ts';
import { createFileContext } from './create-file-context.ts';
import { reportAt, type TEvalContext } from './eval-context.ts';
import { evaluateExpression } from './evaluate-expression.ts';
import { suggestAddress } from './suggest-address.ts';
import type { TModule, TTerraformDiagnostic } from './types.ts';
import { makeUnknown } from './unknown-values.ts';

const cache = new WeakMap<
  TModule,
  Map<string, { value: TConfigValue; diagnostics: TTerraformDiagnostic[] }>
>();

/**
 * The value of `local.<name>`, evaluated once per module version (memoised on the module
 * object) in its own file's context; its diagnostics are added to the caller's each time it is
 * used. A cycle (`local.a` → `local.b` → `local.a`) is a `cyclic-local` error and unknown; an
 * undeclared local is `undefined-local` (with a hint) and unknown. Never throws.
 */
export function evaluateLocal(
  name: string,
  node: { start: number; end: number },
  context: TEvalContext,
): TConfigValue {
  const address = `local.${name}`;
  const model = context.module;
  const entity = model.byAddress.get(address);
  if (!entity?.attribute) {
    const hint = suggestAddress(
      address,
      model.locals.map((l) => l.address),
    );
    reportAt(
      context,
      node,
      'undefined-local',
      `Reference to undeclared local value "${name}": add it to a locals block.`,
      hint ? { hint } : {},
    );
    return makeUnknown([address], address);
  }
  if (context.localStack.includes(address)) {
    reportAt(
      context,
      node,
      'cyclic-local',
      `${address} depends on itself: ${[...context.localStack, address].join(' → ')}.`,
    );
    return makeUnknown([address], address);
  }
  let values = cache.get(model);
  if (!values) cache.set(model, (values = new Map()));
  let entry = values.get(name);
  if (!entry) {
    const diagnostics: TTerraformDiagnostic[] = [];
    const inner = createFileContext(model, entity.file, diagnostics, {
      address,
      localStack: [...context.localStack, address],
    });
    entry = { value: evaluateExpression(entity.attribute.expression, inner), diagnostics };
    values.set(name, entry);
  }
  context.diagnostics.push(...entry.diagnostics);
  return entry.value;
}
