import { z } from 'zod';
import { integer, text } from '../api-read.ts';
import { ordered } from '../attribute-meta.ts';
import { defineResource } from '../define-resource.ts';
import {
  decodeDisabledRules,
  disabledRulesAttribute,
  liveObject,
  rulesWithDisabled,
} from '../managed-policy-rules.ts';
import { ZPolicyV2Actions } from '../policy-v2-actions.ts';
import {
  buildPolicyV2Body,
  canonicalPolicyV2,
  decodePolicyV2Common,
  POLICY_TYPES,
  policyV2Attributes as common,
} from '../policy-v2-common.ts';
import { zBool, zEnum, zIdList, zList, zString } from '../schema-helpers.ts';
import { ALL_CHANNEL_TYPES, APPLY_ORDER } from '../type-names.ts';
import { unresolvedMarker } from '../unresolved.ts';

/** Configuration schema of `sysdig_secure_managed_policy` (spec §4.7; provider `createPolicySchema` + type + disabled_rules). */
export const ZSecureManagedPolicy = z.strictObject({
  name: zString(),
  type: zEnum(POLICY_TYPES).default('falco'),
  enabled: zBool().default(true),
  scope: zString().default(''),
  runbook: zString().default(''),
  notification_channels: zIdList().optional(),
  disabled_rules: zList(zString()).optional(),
  actions: ZPolicyV2Actions,
});

/** Parsed `sysdig_secure_managed_policy` configuration. */
export type TSecureManagedPolicy = z.infer<typeof ZSecureManagedPolicy>;

/**
 * `sysdig_secure_managed_policy`: tunes a Sysdig-managed policy (found by name + type, `isDefault`).
 * The body is the live managed policy with our fields replaced, so `toApi` needs `target.live`; without
 * it, the server-owned parts are known-after-apply markers. No importer (#402).
 */
export const secureManagedPolicy = defineResource({
  type: 'sysdig_secure_managed_policy',
  era: 'current',
  apiFamily: 'v2-policy',
  description:
    'Enables and tunes a Sysdig-managed policy: scope, actions, channels, disabled rules.',
  schema: ZSecureManagedPolicy,
  attributes: ordered([
    { ...common.name, help: 'Name of the managed policy to tune.' },
    common.type(),
    common.enabled,
    common.scope,
    common.runbook,
    common.notificationChannels,
    disabledRulesAttribute,
    common.actions,
    common.version,
  ]),
  build(config, refs, target) {
    const live = liveObject(target.live);
    const what = `managed policy "${String(config.name)}"`;
    const pending = (field: string) =>
      unresolvedMarker(`${field} of ${what} (read from Secure at apply)`);
    return buildPolicyV2Body(config, refs, {
      id: target.id ?? (live ? integer(live.id) : pending('id')),
      version: target.version ?? (live ? integer(live.version) : pending('version')),
      isDefault: true,
      description: live ? text(live.description) : pending('description'),
      severity: live ? integer(live.severity) : pending('severity'),
      ruleNames: live ? (live.ruleNames ?? null) : pending('ruleNames'),
      rules: rulesWithDisabled(live, config.disabled_rules, what),
      type: config.type,
      origin: live ? text(live.origin) : '',
      templateId: live ? integer(live.templateId) : pending('templateId'),
      templateVersion: live ? text(live.templateVersion) : pending('templateVersion'),
    });
  },
  decode: (object) => ({
    ...decodePolicyV2Common(object, false),
    type: text((object as Record<string, unknown> | null)?.type) || 'falco',
    disabled_rules: decodeDisabledRules(object),
  }),
  canonicalHook: canonicalPolicyV2,
  dependsOnTypes: [...ALL_CHANNEL_TYPES],
  applyOrder: APPLY_ORDER.policy,
});
