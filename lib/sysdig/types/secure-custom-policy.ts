import { z } from 'zod';
import { array, flag, record, strings, text } from '../api-read.ts';
import { attribute, ordered } from '../attribute-meta.ts';
import { defineResource } from '../define-resource.ts';
import type { TConfigObject } from '../definition.ts';
import { ZPolicyV2Actions } from '../policy-v2-actions.ts';
import {
  buildPolicyV2Body,
  canonicalPolicyV2,
  decodePolicyV2Common,
  POLICY_TYPES,
  policyV2Attributes as common,
} from '../policy-v2-common.ts';
import { blocksOf, zBlocks, zBool, zEnum, zIdList, zInt, zString } from '../schema-helpers.ts';
import { ALL_CHANNEL_TYPES, APPLY_ORDER, FALCO_CONTENT_TYPES } from '../type-names.ts';

/** Configuration schema of `sysdig_secure_custom_policy` (spec §4.1), provider defaults applied. */
export const ZSecureCustomPolicy = z.strictObject({
  name: zString(),
  description: zString(),
  enabled: zBool().default(true),
  severity: zInt(0, 7).default(4),
  type: zEnum(POLICY_TYPES).default('falco'),
  scope: zString().default(''),
  runbook: zString().default(''),
  notification_channels: zIdList().optional(),
  rules: zBlocks({ name: zString(), enabled: zBool().default(true) }).optional(),
  actions: ZPolicyV2Actions,
});

/** Parsed `sysdig_secure_custom_policy` configuration. */
export type TSecureCustomPolicy = z.infer<typeof ZSecureCustomPolicy>;

/** `sysdig_secure_custom_policy`: a v2 policy referencing rules by name with per-rule enablement. */
export const secureCustomPolicy = defineResource({
  type: 'sysdig_secure_custom_policy',
  era: 'current',
  apiFamily: 'v2-policy',
  description: 'Runtime policy made of Falco rules, with actions and notification channels.',
  schema: ZSecureCustomPolicy,
  attributes: ordered([
    common.name,
    common.description,
    common.enabled,
    common.severity,
    common.type(),
    common.scope,
    common.runbook,
    common.notificationChannels,
    attribute('rules', 'block-set', {
      help: 'Rules evaluated by the policy, by name.',
      attributes: ordered([
        attribute('name', 'string', {
          help: 'Rule name.',
          required: true,
          reference: { types: ['sysdig_secure_rule_falco'], attribute: 'name' },
        }),
        attribute('enabled', 'bool', {
          help: 'Whether the rule is evaluated in this policy.',
          default: true,
        }),
      ]),
    }),
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
      ruleNames: null,
      rules: blocksOf(config.rules).map((rule) => ({
        ruleName: rule.name,
        enabled: rule.enabled ?? true,
      })),
      type: config.type,
    }),
  decode(object) {
    const policy = record(object);
    const config = decodePolicyV2Common(policy, true);
    // The provider reads `rules`; a body carrying only `ruleNames` (SDK samples) maps to enabled rules.
    config.rules = Array.isArray(policy.rules)
      ? array(policy.rules).map((rule): TConfigObject => ({
          name: text(record(rule).ruleName),
          enabled: flag(record(rule).enabled, true),
        }))
      : strings(policy.ruleNames).map((name): TConfigObject => ({ name, enabled: true }));
    return config;
  },
  canonicalHook: canonicalPolicyV2,
  dependsOnTypes: [...ALL_CHANNEL_TYPES, ...FALCO_CONTENT_TYPES],
  applyOrder: APPLY_ORDER.policy,
});
