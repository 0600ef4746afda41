import 'server-only';
import { findNonAppendByName } from './prepare-list.ts';
import { respondError } from './respond-error.ts';
import { requireFields } from './require-fields.ts';
import { isJsonObject, type TRouteContext } from './route-context.ts';
import type { TJsonObject } from './types.ts';
import { validateCondition } from './validate-condition.ts';

/**
 * A Falco macro (spec §4.5): `condition` is the nested object `{"condition": string}` and must
 * balance its parentheses (§6.2); `append` defaults to false; non-append names are unique (400).
 */
export function prepareMacro(
  context: TRouteContext,
  incoming: TJsonObject,
  stored: TJsonObject | undefined,
): TJsonObject | Response {
  const missing = requireFields(incoming, 'Macro', ['name']);
  if (missing) return missing;
  const condition = incoming.condition;
  if (!isJsonObject(condition) || typeof condition.condition !== 'string') {
    return respondError(
      400,
      'Invalid request',
      'Macro: "condition" must be an object {"condition": string}',
    );
  }
  const invalid = validateCondition(context, condition.condition);
  if (invalid) return invalid;
  const isAppend = incoming.append === true;
  const duplicate = isAppend
    ? undefined
    : findNonAppendByName(context, 'macros', String(incoming.name), stored);
  if (duplicate)
    return respondError(
      400,
      'Invalid request',
      `Macro "${String(incoming.name)}" already exists (id ${String(duplicate.id)})`,
    );
  return { ...incoming, append: isAppend, origin: stored?.origin ?? 'Secure UI' };
}
