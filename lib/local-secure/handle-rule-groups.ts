import 'server-only';
import { methodNotAllowed } from './handle-crud.ts';
import { respondJson } from './respond-json.ts';
import type { TRouteContext } from './route-context.ts';

/**
 * `GET /api/secure/rules/groups?name=&type=` (spec §4.3, §7 #26): a bare array of every rule
 * with that exact name, append fragments included. `type`, when non-empty, matches the rule's
 * `details.source` or `details.ruleType`, case-insensitively (§11.6 leaves the real semantics open).
 */
export function handleRuleGroups(context: TRouteContext): Response {
  if (context.method !== 'GET') return methodNotAllowed(context);
  const name = context.query.get('name');
  const type = (context.query.get('type') ?? '').toLowerCase();
  const rules = [...context.store.collections.rules.values()].filter((rule) => {
    if (name !== null && rule.name !== name) return false;
    if (type === '') return true;
    const details = (rule.details ?? {}) as Record<string, unknown>;
    return (
      String(details.source ?? '').toLowerCase() === type ||
      String(details.ruleType ?? '').toLowerCase() === type
    );
  });
  return respondJson(200, rules);
}
