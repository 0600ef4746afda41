import type { TConfigValue } from '../terraform/config-value.ts';
import { flag, integer, numbers, record, text } from './api-read.ts';
import { attribute, versionAttribute } from './attribute-meta.ts';
import type { TApiRefs, TAttributeMeta, TConfigObject } from './definition.ts';
import {
  buildPolicyV2Actions,
  canonicalPolicyV2Actions,
  decodePolicyV2Actions,
  policyV2ActionsAttribute,
} from './policy-v2-actions.ts';
import { listOf } from './schema-helpers.ts';
import { ALL_CHANNEL_TYPES } from './type-names.ts';
import { resolveIdValue } from './unresolved.ts';

/** Policy `type` values accepted by `validatePolicyType` (spec §4.1); V1.60 adds `list_matching`. */
export const POLICY_TYPES = [
  'falco',
  'k8s_audit',
  'aws_cloudtrail',
  'awscloudtrail',
  'gcp_auditlog',
  'azure_platformlogs',
  'okta',
  'github',
  'malware',
  'drift',
  'aws_machine_learning',
  'machine_learning',
  'guardduty',
  'awscloudtrail_stateful',
] as const;

/** Metadata shared by v2 policy resources, by name (spec §4.1 `createPolicySchema`). */
export const policyV2Attributes = {
  name: attribute('name', 'string', { help: 'Policy name, unique in Secure.', required: true }),
  description: attribute('description', 'string', {
    help: 'What the policy detects.',
    required: true,
  }),
  enabled: attribute('enabled', 'bool', {
    help: 'Whether the policy is evaluated.',
    default: true,
  }),
  severity: attribute('severity', 'number', {
    help: '0–7: 0–3 high, 4–5 medium, 6 low, 7 info.',
    default: 4,
    min: 0,
    max: 7,
  }),
  type: (extra: readonly string[] = []) =>
    attribute('type', 'string', {
      help: 'Event source the policy applies to.',
      default: 'falco',
      enumValues: [...POLICY_TYPES, ...extra],
    }),
  scope: attribute('scope', 'string', {
    help: 'Scope expression, e.g. container.id != "".',
    default: '',
  }),
  runbook: attribute('runbook', 'string', {
    help: 'Link to the runbook responders follow.',
    default: '',
  }),
  notificationChannels: attribute('notification_channels', 'set', {
    help: 'Notification channels alerted on events (their ids).',
    elementKind: 'number',
    reference: { types: ALL_CHANNEL_TYPES, attribute: 'id' },
  }),
  actions: policyV2ActionsAttribute,
  version: versionAttribute(),
} satisfies Record<string, TAttributeMeta | ((extra?: readonly string[]) => TAttributeMeta)>;

/** Fields of a v2 `Policy` body besides the common configuration ones. */
export interface TPolicyV2Extra {
  readonly id?: unknown;
  readonly version?: unknown;
  readonly isDefault: boolean;
  readonly description: TConfigValue | undefined;
  readonly severity: TConfigValue | undefined;
  readonly ruleNames: unknown;
  readonly rules?: unknown;
  readonly type: TConfigValue | undefined;
  readonly origin?: string;
  readonly templateId?: unknown;
  readonly templateVersion?: unknown;
}

/**
 * The v2 `Policy` body in Go struct order (spec §4.1): `id` and `version` only when non-zero,
 * `rules` omitted when empty (`omitempty`), `scope` omitted when "", the rest always sent.
 */
export function buildPolicyV2Body(
  config: TConfigObject,
  refs: TApiRefs,
  extra: TPolicyV2Extra,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (extra.id !== undefined && extra.id !== 0) body.id = extra.id;
  body.isDefault = extra.isDefault;
  body.name = config.name;
  body.description = extra.description;
  body.severity = extra.severity;
  body.enabled = config.enabled ?? true;
  body.ruleNames = extra.ruleNames;
  if (extra.rules !== undefined && !(Array.isArray(extra.rules) && extra.rules.length === 0))
    body.rules = extra.rules;
  body.actions = buildPolicyV2Actions(config.actions);
  if (config.scope !== undefined && config.scope !== '') body.scope = config.scope;
  if (extra.version !== undefined && extra.version !== 0) body.version = extra.version;
  body.notificationChannelIds = listOf(config.notification_channels).map((id) =>
    resolveIdValue(id, refs),
  );
  body.type = extra.type;
  body.origin = extra.origin ?? '';
  body.runbook = config.runbook ?? '';
  body.templateId = extra.templateId ?? 0;
  body.templateVersion = extra.templateVersion ?? '';
  return body;
}

/**
 * Read mapping shared by v2 policies (`commonPolicyToResourceData`, spec §4.1): name, scope, enabled,
 * runbook, notification_channels, actions (only when the API returned some); description, severity and
 * type (`""` → `"falco"`) when `withDescriptive`.
 */
export function decodePolicyV2Common(object: unknown, withDescriptive: boolean): TConfigObject {
  const policy = record(object);
  const config: TConfigObject = { name: text(policy.name) };
  if (withDescriptive) {
    config.description = text(policy.description);
    config.severity = integer(policy.severity);
  }
  config.enabled = flag(policy.enabled);
  if (withDescriptive) config.type = text(policy.type) || 'falco';
  config.scope = text(policy.scope);
  config.runbook = text(policy.runbook);
  config.notification_channels = numbers(policy.notificationChannelIds);
  const actions = decodePolicyV2Actions(policy.actions);
  if (actions) config.actions = actions;
  return config;
}

/** Canonical tweaks shared by v2 policies: `type` "" → "falco", empty `actions` blocks dropped. */
export function canonicalPolicyV2(config: TConfigObject): TConfigObject {
  const result = { ...config, actions: canonicalPolicyV2Actions(config.actions) };
  if ('type' in result && (result.type === '' || result.type === undefined)) result.type = 'falco';
  return result;
}
