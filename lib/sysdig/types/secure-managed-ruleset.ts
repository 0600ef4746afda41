import { z } from 'zod';
import { integer, record, text } from '../api-read.ts';
import { attribute, ordered } from '../attribute-meta.ts';
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
import { zBlocks, zBool, zEnum, zIdList, zInt, zList, zString } from '../schema-helpers.ts';
import { ALL_CHANNEL_TYPES, APPLY_ORDER } from '../type-names.ts';
import { unresolvedMarker } from '../unresolved.ts';

/** Configuration schema of `sysdig_secure_managed_ruleset` (spec §4.7, provider source). */
export const ZSecureManagedRuleset = z.strictObject({
  name: zString(),
  description: zString(),
  enabled: zBool().default(true),
  severity: zInt(0, 7).default(4),
  scope: zString().default(''),
  runbook: zString().default(''),
  notification_channels: zIdList().optional(),
  inherited_from: zBlocks({ name: zString(), type: zEnum(POLICY_TYPES).default('falco') }),
  disabled_rules: zList(zString()).optional(),
  actions: ZPolicyV2Actions,
});

/** Parsed `sysdig_secure_managed_ruleset` configuration. */
export type TSecureManagedRuleset = z.infer<typeof ZSecureManagedRuleset>;

/**
 * `sysdig_secure_managed_ruleset`: a custom policy whose rules are those of a managed policy
 * (`target.live` = that managed policy: rules, templateId, templateVersion). The provider does not set
 * `type` on this body, so it is sent as "" (Go zero value).
 */
export const secureManagedRuleset = defineResource({
  type: 'sysdig_secure_managed_ruleset',
  era: 'current',
  apiFamily: 'v2-policy',
  description: 'Custom policy inheriting the rules of a managed policy, with some rules disabled.',
  schema: ZSecureManagedRuleset,
  attributes: ordered([
    common.name,
    common.description,
    common.enabled,
    common.severity,
    common.scope,
    common.runbook,
    common.notificationChannels,
    attribute('inherited_from', 'block-list', {
      help: 'The managed policy whose rules this ruleset inherits.',
      required: true,
      forceNew: true,
      attributes: ordered([
        attribute('name', 'string', { help: 'Managed policy name.', required: true }),
        attribute('type', 'string', {
          help: 'Managed policy type.',
          default: 'falco',
          enumValues: POLICY_TYPES,
        }),
      ]),
    }),
    disabledRulesAttribute,
    common.actions,
    attribute('template_id', 'number', {
      help: 'Template of the inherited managed policy.',
      computed: true,
    }),
    common.version,
  ]),
  build(config, refs, target) {
    const live = liveObject(target.live);
    const inherited = record(
      Array.isArray(config.inherited_from) ? config.inherited_from[0] : undefined,
    );
    const what = `managed policy "${String(inherited.name)}"`;
    const pending = (field: string) =>
      unresolvedMarker(`${field} of ${what} (read from Secure at apply)`);
    return buildPolicyV2Body(config, refs, {
      id: target.id,
      version: target.version,
      isDefault: false,
      description: config.description,
      severity: config.severity,
      ruleNames: null,
      rules: rulesWithDisabled(live, config.disabled_rules, what),
      type: '',
      templateId: live ? integer(live.templateId) : pending('templateId'),
      templateVersion: live ? text(live.templateVersion) : pending('templateVersion'),
    });
  },
  decode(object) {
    const policy = record(object);
    return {
      ...decodePolicyV2Common(policy, false),
      description: text(policy.description),
      severity: integer(policy.severity),
      disabled_rules: decodeDisabledRules(policy),
    };
  },
  canonicalHook: canonicalPolicyV2,
  // Read never sets inherited_from (the import looks it up separately): no drift on it.
  notRefreshed: ['inherited_from'],
  dependsOnTypes: [...ALL_CHANNEL_TYPES],
  applyOrder: APPLY_ORDER.policy,
});
