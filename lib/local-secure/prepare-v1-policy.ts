import 'server-only';
import { requireFields } from './require-fields.ts';
import { isJsonObject, type TRouteContext } from './route-context.ts';
import type { TJsonObject } from './types.ts';

/**
 * A v1 policy (spec §2.1) as stored: the client's fields plus the server-owned ones the SDK
 * observed (`policyEventsCount`, `isManual`, `isBuiltin`, `falcoConfiguration.fields/onDefault`).
 */
export function prepareV1Policy(
  _context: TRouteContext,
  incoming: TJsonObject,
  stored: TJsonObject | undefined,
): TJsonObject | Response {
  const missing = requireFields(incoming, 'Policy', ['name']);
  if (missing) return missing;
  const falco = isJsonObject(incoming.falcoConfiguration)
    ? incoming.falcoConfiguration
    : { ruleNameRegEx: '' };
  return {
    ...incoming,
    falcoConfiguration: { fields: [], onDefault: 'DEFAULT_MATCH_EFFECT_NEXT', ...falco },
    policyEventsCount: stored?.policyEventsCount ?? 0,
    isManual: stored?.isManual ?? true,
    isBuiltin: stored?.isBuiltin ?? false,
  };
}
