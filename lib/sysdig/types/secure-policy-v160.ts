import { z } from 'zod';
import { record, strings } from '../api-read.ts';
import { attribute, ordered } from '../attribute-meta.ts';
import { defineResource } from '../define-resource.ts';
import { ZPolicyV2Actions } from '../policy-v2-actions.ts';
import {
  buildPolicyV2Body,
  canonicalPolicyV2,
  decodePolicyV2Common,
  POLICY_TYPES,
  policyV2Attributes as common,
} from '../policy-v2-common.ts';
import {
  isUnknown,
  listOf,
  zBool,
  zEnum,
  zIdList,
  zInt,
  zList,
  zString,
} from '../schema-helpers.ts';
import { sortedSet } from '../stable-json.ts';
import { ALL_CHANNEL_TYPES, APPLY_ORDER, FALCO_CONTENT_TYPES } from '../type-names.ts';

/** Configuration schema of `sysdig_secure_policy` as of provider v1.60 (spec §4.2). */
export const ZSecurePolicyV160 = z.strictObject({
  name: zString(),
  description: zString(),
  enabled: zBool().default(true),
  severity: zInt(0, 7).default(4),
  type: zEnum([...POLICY_TYPES, 'list_matching']).default('falco'),
  scope: zString().default(''),
  runbook: zString().default(''),
  rule_names: zList(zString()).optional(),
  notification_channels: zIdList().optional(),
  actions: ZPolicyV2Actions,
});

/** Parsed v1.60 `sysdig_secure_policy` configuration. */
export type TSecurePolicyV160 = z.infer<typeof ZSecurePolicyV160>;

/** `sysdig_secure_policy`, last schema (V1.60, 2020–2025): v2 API, rules by `rule_names`. */
export const securePolicyV160 = defineResource({
  type: 'sysdig_secure_policy',
  variant: 'v1.60',
  era: 'current',
  apiFamily: 'v2-policy',
  deprecated: {
    replacedBy: [
      'sysdig_secure_custom_policy',
      'sysdig_secure_managed_policy',
      'sysdig_secure_managed_ruleset',
    ],
    message:
      'The sysdig_secure_policy resource is being replaced by sysdig_secure_custom_policy, sysdig_secure_managed_policy, and sysdig_secure_managed_ruleset depending on the type of policy.',
  },
  description:
    'Runtime policy (provider ≤ v1.60) referencing rules by name; removed in provider v2.0.0.',
  schema: ZSecurePolicyV160,
  attributes: ordered([
    common.name,
    common.description,
    common.enabled,
    common.severity,
    common.type(['list_matching']),
    common.scope,
    common.runbook,
    attribute('rule_names', 'set', {
      help: 'Names of the rules the policy evaluates.',
      elementKind: 'string',
      reference: { types: ['sysdig_secure_rule_falco'], attribute: 'name' },
    }),
    common.notificationChannels,
    common.actions,
    common.version,
  ]),
  build: (config, refs, target) =>
    buildPolicyV2Body(config, refs, {
      id: target.id,
      version: target.version,
      isDefault: false,
      description: config.description,
      severity: config.severity,
      // spec §4.2: elements TrimSpace'd, always sent (`[]` when empty); no `rules` key.
      ruleNames: listOf(config.rule_names).map((name) =>
        typeof name === 'string' && !isUnknown(name) ? name.trim() : name,
      ),
      type: config.type,
    }),
  decode(object) {
    const policy = record(object);
    return { ...decodePolicyV2Common(policy, true), rule_names: strings(policy.ruleNames) };
  },
  canonicalHook(config) {
    const base = canonicalPolicyV2(config);
    return {
      ...base,
      rule_names: sortedSet(
        listOf(base.rule_names).map((name) => (typeof name === 'string' ? name.trim() : name)),
      ),
    };
  },
  dependsOnTypes: [...ALL_CHANNEL_TYPES, ...FALCO_CONTENT_TYPES],
  applyOrder: APPLY_ORDER.policy,
});
