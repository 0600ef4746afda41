import { z } from 'zod';
import { flag, record, text, unwrap } from './api-read.ts';
import { attribute, ordered, versionAttribute } from './attribute-meta.ts';
import { defineResource } from './define-resource.ts';
import type { TApiRefs, TAttributeMeta, TConfigObject, TResourceDefinition } from './definition.ts';
import { isUnknown, zBool, zString } from './schema-helpers.ts';
import { APPLY_ORDER } from './type-names.ts';
import { unresolvedMarker } from './unresolved.ts';

/** Go struct order of `NotificationChannelOptions` (spec §4.6); options are emitted in this order. */
export const CHANNEL_OPTION_ORDER = [
  'emailRecipients',
  'snsTopicARNs',
  'apiKey',
  'routingKey',
  'url',
  'channel',
  'privateChannel',
  'privateChannelUrl',
  'account',
  'serviceKey',
  'serviceName',
  'additionalHeaders',
  'region',
  'allowInsecureConnections',
  'teamId',
  'includeAdminUsers',
  'httpMethod',
  'monitorTemplate',
  'instanceId',
  'ibmFunctionType',
  'customData',
  'templateConfiguration',
  'notifyOnOk',
  'notifyOnResolve',
  'sendTestNotification',
] as const;

/** zod shape of the attributes every current-era channel has (`createSecureNotificationChannelSchema`). */
export const channelCommonShape = {
  name: zString(),
  enabled: zBool().default(true),
  share_with_current_team: zBool().default(false),
  notify_when_ok: zBool().default(false),
  notify_when_resolved: zBool().default(false),
  send_test_notification: zBool().default(false),
};

const commonAttributes: TAttributeMeta[] = [
  attribute('name', 'string', { help: 'Channel name shown in Secure.', required: true }),
  attribute('enabled', 'bool', { help: 'Whether notifications are sent.', default: true }),
  attribute('share_with_current_team', 'bool', {
    help: "Share with the API user's current team only.",
    default: false,
  }),
  attribute('notify_when_ok', 'bool', {
    help: 'Notify when an alert returns to OK.',
    default: false,
    deprecated: 'Not used by Secure events.',
  }),
  attribute('notify_when_resolved', 'bool', {
    help: 'Notify when an alert is resolved.',
    default: false,
    deprecated: 'Not used by Secure events.',
  }),
  attribute('send_test_notification', 'bool', {
    help: 'Send a test notification on create/update (never read back).',
    default: false,
    writeOnly: true,
  }),
];

/** What one channel type module declares. */
export interface TChannelSpec {
  readonly type: string;
  readonly apiType: string;
  readonly description: string;
  readonly shape: z.ZodRawShape;
  readonly attributes: readonly TAttributeMeta[];
  /** Type-specific options (any order; they are emitted in Go struct order). */
  buildOptions(config: TConfigObject, refs: TApiRefs): Record<string, unknown>;
  /** Read mapping of the type-specific options. */
  decodeOptions(options: Record<string, unknown>): TConfigObject;
  canonicalHook?(config: TConfigObject): TConfigObject;
}

/**
 * A current-era `sysdig_secure_notification_channel_<type>` definition: body
 * `{"notificationChannel":{id?,version?,type,name,enabled,teamId?,options:{…}}}`; `teamId` is
 * `refs.currentTeamId` when `share_with_current_team` (a marker when that is not known yet).
 */
export function defineChannel(spec: TChannelSpec): TResourceDefinition {
  return defineResource({
    type: spec.type,
    era: 'current',
    apiFamily: 'notification-channel',
    description: spec.description,
    schema: z.strictObject({ ...channelCommonShape, ...spec.shape }),
    attributes: ordered([
      ...commonAttributes.slice(0, 1),
      ...spec.attributes,
      ...commonAttributes.slice(1),
      versionAttribute(),
    ]),
    build(config, refs, target) {
      const channel: Record<string, unknown> = {};
      if (target.id) channel.id = target.id;
      if (target.version) channel.version = target.version;
      channel.type = spec.apiType;
      channel.name = config.name;
      channel.enabled = config.enabled;
      const teamId = currentTeam(config, refs);
      if (teamId !== undefined) channel.teamId = teamId;
      channel.options = orderOptions({
        ...spec.buildOptions(config, refs),
        notifyOnOk: config.notify_when_ok,
        notifyOnResolve: config.notify_when_resolved,
        sendTestNotification: config.send_test_notification,
      });
      return { notificationChannel: channel };
    },
    decode(object) {
      const channel = unwrap(object, 'notificationChannel');
      const options = record(channel.options);
      return {
        name: text(channel.name),
        enabled: flag(channel.enabled),
        share_with_current_team: channel.teamId !== undefined && channel.teamId !== null,
        notify_when_ok: flag(options.notifyOnOk),
        notify_when_resolved: flag(options.notifyOnResolve),
        ...spec.decodeOptions(options),
      };
    },
    ...(spec.canonicalHook ? { canonicalHook: spec.canonicalHook } : {}),
    dependsOnTypes: [],
    applyOrder: APPLY_ORDER.channel,
  });
}

function currentTeam(config: TConfigObject, refs: TApiRefs): unknown {
  const share = config.share_with_current_team;
  if (isUnknown(share))
    return unresolvedMarker(`team of ${share.expression}`, [...share.references]);
  if (share !== true) return undefined;
  return refs.currentTeamId ?? unresolvedMarker('GET /api/users/me → user.currentTeam');
}

/** Options in Go struct order; keys not in the struct are kept at the end. */
export function orderOptions(options: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of CHANNEL_OPTION_ORDER)
    if (options[key] !== undefined) result[key] = options[key];
  for (const [key, value] of Object.entries(options))
    if (!(key in result) && value !== undefined) result[key] = value;
  return result;
}

/** `value` when it is a non-empty string or unknown (Go `omitempty`), else undefined. */
export function nonEmpty(value: unknown): unknown {
  return isUnknown(value) || (typeof value === 'string' && value !== '') ? value : undefined;
}

/** `value` when it is a non-empty map or unknown (Go `omitempty` on a map), else undefined. */
export function nonEmptyMap(value: unknown): unknown {
  if (isUnknown(value)) return value;
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0
    ? value
    : undefined;
}
