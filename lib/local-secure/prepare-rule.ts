import 'server-only';
import { respondError } from './respond-error.ts';
import { requireFields } from './require-fields.ts';
import { isJsonObject, type TRouteContext } from './route-context.ts';
import type { TJsonObject } from './types.ts';
import { validateCondition } from './validate-condition.ts';

const LIST_MATCHING_TYPES = new Set(['CONTAINER', 'FILESYSTEM', 'NETWORK', 'PROCESS', 'SYSCALL']);

/**
 * A rule (spec §4.3) as the real backend stores it (fixtures/rule_*.real.json): `details.priority`
 * UPPERCASE, `details.description` = `description`, server-owned `origin` "Secure UI", `versionId`
 * "0.0.0", `filename` "falco_rules_local.yaml", `details.append` always present, and no `allInbound`/`allOutbound` on FALCO rules.
 * FALCO conditions must balance their parentheses (§6.2). Rule names are not unique (append).
 */
export function prepareRule(
  context: TRouteContext,
  incoming: TJsonObject,
  stored: TJsonObject | undefined,
): TJsonObject | Response {
  const missing = requireFields(incoming, 'Rule', ['name']);
  if (missing) return missing;
  if (!isJsonObject(incoming.details))
    return respondError(
      400,
      'Invalid request',
      'Rule: "details" is required and must be an object',
    );
  const details: TJsonObject = { ...incoming.details };
  if (typeof details.ruleType !== 'string' || details.ruleType === '') {
    return respondError(
      400,
      'Invalid request',
      'Rule: "details.ruleType" is required (e.g. "FALCO")',
    );
  }
  if (context.switches.rejectListMatchingRuleTypes && LIST_MATCHING_TYPES.has(details.ruleType)) {
    return respondError(
      400,
      'Invalid request',
      `Rule: ruleType ${details.ruleType} is no longer supported`,
    );
  }
  if (details.ruleType === 'FALCO') {
    // The real answer carries `append:false` even when the provider omits it (fixtures/rule_*.real.json).
    details.append = details.append === true;
    delete details.allInbound;
    delete details.allOutbound;
    if (details.condition !== undefined && details.condition !== null) {
      if (!isJsonObject(details.condition))
        return respondError(
          400,
          'Invalid request',
          'Rule: "details.condition" must be {"condition": string}',
        );
      const invalid = validateCondition(context, details.condition.condition);
      if (invalid) return invalid;
    }
  }
  if (typeof details.priority === 'string') details.priority = details.priority.toUpperCase();
  details.description = typeof incoming.description === 'string' ? incoming.description : '';
  const rule: TJsonObject = {
    ...incoming,
    origin: stored?.origin ?? 'Secure UI',
    versionId: stored?.versionId ?? '0.0.0',
    filename: stored?.filename ?? 'falco_rules_local.yaml',
    details,
    tags: Array.isArray(incoming.tags) ? incoming.tags : [],
  };
  delete rule.warnings;
  if (
    context.switches.emitRuleWarnings &&
    details.ruleType === 'FALCO' &&
    isJsonObject(details.condition)
  ) {
    const condition = String(details.condition.condition ?? '');
    if (!condition.includes('evt.type') && details.append !== true) {
      rule.warnings = [
        {
          code: 'LOAD_NO_EVTTYPE',
          rule: incoming.name,
          message:
            'Rule matches too many evt.type values. This has a significant performance penalty.',
          enabled_in_policies: null,
          agent_versions: ['linux-14.7.0'],
        },
      ];
    }
  }
  return rule;
}
