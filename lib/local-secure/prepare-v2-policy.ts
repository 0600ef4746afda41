import 'server-only';
import { respondError } from './respond-error.ts';
import { requireFields } from './require-fields.ts';
import { isJsonObject, type TRouteContext } from './route-context.ts';
import type { TJsonObject } from './types.ts';

/**
 * A v2 policy (spec §4.1) as stored. `rules` and `ruleNames` are derived from each other (§4.1:
 * `ruleNames` from `rules` when `rules` is present, else `rules` with `enabled:true` from
 * `ruleNames`); `type` "" → "falco"; server-owned `isDefault`, `origin`, `versionId`, `templateId`,
 * `templateVersion` are kept from the stored object on update. Unknown rule names are rejected only
 * with the `rejectUnknownRuleNames` switch (§11.10).
 */
export function prepareV2Policy(
  context: TRouteContext,
  incoming: TJsonObject,
  stored: TJsonObject | undefined,
): TJsonObject | Response {
  const missing = requireFields(incoming, 'Policy', ['name']);
  if (missing) return missing;
  let rules: { ruleName: string; enabled: boolean }[];
  if (Array.isArray(incoming.rules)) {
    if (!incoming.rules.every((rule) => isJsonObject(rule) && typeof rule.ruleName === 'string')) {
      return respondError(
        400,
        'Invalid request',
        'Policy: every element of "rules" must be {"ruleName": string, "enabled": bool}',
      );
    }
    rules = (incoming.rules as TJsonObject[]).map((rule) => ({
      ...rule,
      ruleName: String(rule.ruleName),
      enabled: rule.enabled !== false,
    }));
  } else if (Array.isArray(incoming.ruleNames)) {
    rules = incoming.ruleNames.map((name) => ({ ruleName: String(name), enabled: true }));
  } else {
    rules = [];
  }
  if (context.switches.rejectUnknownRuleNames) {
    const known = new Set([...context.store.collections.rules.values()].map((rule) => rule.name));
    const unknown = rules.find((rule) => !known.has(rule.ruleName));
    if (unknown)
      return respondError(
        400,
        'Invalid request',
        `Policy: rule "${unknown.ruleName}" does not exist`,
      );
  }
  const origin =
    typeof incoming.origin === 'string' && incoming.origin !== '' ? incoming.origin : 'Secure UI';
  return {
    ...incoming,
    isDefault: stored ? (stored.isDefault ?? false) : false,
    ruleNames: rules.map((rule) => rule.ruleName),
    rules,
    actions: Array.isArray(incoming.actions) ? incoming.actions : [],
    notificationChannelIds: Array.isArray(incoming.notificationChannelIds)
      ? incoming.notificationChannelIds
      : [],
    type: typeof incoming.type === 'string' && incoming.type !== '' ? incoming.type : 'falco',
    origin: stored ? (stored.origin ?? origin) : origin,
    runbook: incoming.runbook ?? '',
    templateId: stored ? (stored.templateId ?? 0) : (incoming.templateId ?? 0),
    templateVersion: stored ? (stored.templateVersion ?? '') : (incoming.templateVersion ?? ''),
    versionId: stored?.versionId ?? '0.0.0',
  };
}
