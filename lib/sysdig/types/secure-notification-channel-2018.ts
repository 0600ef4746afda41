import { z } from 'zod';
import { flag, record, strings, text, unwrap } from '../api-read.ts';
import { attribute, ordered, versionAttribute } from '../attribute-meta.ts';
import { defineResource } from '../define-resource.ts';
import type { TConfigObject } from '../definition.ts';
import { isUnknown, zBool, zString } from '../schema-helpers.ts';
import { APPLY_ORDER, CURRENT_CHANNEL_TYPES, LEGACY_CHANNEL_TYPE } from '../type-names.ts';
import { unresolvedMarker } from '../unresolved.ts';
import {
  checkLegacyChannel,
  LEGACY_CHANNEL_API_TYPES,
  OPSGENIE_URL,
} from '../legacy-channel-rules.ts';

/** Configuration schema of the 2018 generic `sysdig_secure_notification_channel` (spec §2.2). */
export const ZSecureNotificationChannel2018 = z
  .strictObject({
    name: zString(),
    enabled: zBool(),
    type: zString(),
    recipients: zString().optional(),
    topics: zString().optional(),
    api_key: zString().optional(),
    routing_key: zString().optional(),
    url: zString().optional(),
    channel: zString().optional(),
    account: zString().optional(),
    service_key: zString().optional(),
    service_name: zString().optional(),
    notify_when_ok: zBool(),
    notify_when_resolved: zBool(),
  })
  .superRefine(checkLegacyChannel);

/** Parsed 2018 channel configuration. */
export type TSecureNotificationChannel2018 = z.infer<typeof ZSecureNotificationChannel2018>;

const stringAttribute = (name: string, help: string, secret = false) =>
  attribute(name, 'string', { help, ...(secret ? { secret } : {}) });

/**
 * `sysdig_secure_notification_channel` (SEED, removed 2020-06): one resource for every channel type.
 * `url` and `api_key` carry credentials (webhook/Slack URLs, the OpsGenie key) and are masked by
 * Rampart; `service_key` is Sensitive in the provider itself.
 */
export const secureNotificationChannel2018 = defineResource({
  type: LEGACY_CHANNEL_TYPE,
  era: '2018',
  apiFamily: 'notification-channel',
  deprecated: {
    replacedBy: [...CURRENT_CHANNEL_TYPES],
    message:
      'The generic sysdig_secure_notification_channel was split into sysdig_secure_notification_channel_<type> in 2020 (#95).',
  },
  description: 'Notification channel of any type (2018 provider).',
  schema: ZSecureNotificationChannel2018,
  attributes: ordered([
    attribute('name', 'string', { help: 'Channel name.', required: true }),
    attribute('enabled', 'bool', { help: 'Whether notifications are sent.', required: true }),
    attribute('type', 'string', {
      help: 'Channel type (sent uppercased).',
      required: true,
      enumValues: LEGACY_CHANNEL_API_TYPES,
    }),
    stringAttribute('recipients', 'EMAIL: comma-separated addresses.'),
    stringAttribute('topics', 'SNS: comma-separated topic ARNs.'),
    stringAttribute('api_key', 'VICTOROPS / OPSGENIE API key.', true),
    stringAttribute('routing_key', 'VICTOROPS routing key.', true),
    stringAttribute('url', 'WEBHOOK / SLACK URL.', true),
    stringAttribute('channel', 'SLACK channel.'),
    stringAttribute('account', 'PAGER_DUTY account.'),
    stringAttribute('service_key', 'PAGER_DUTY service key.', true),
    stringAttribute('service_name', 'PAGER_DUTY service name.'),
    attribute('notify_when_ok', 'bool', {
      help: 'Notify when an alert returns to OK.',
      required: true,
    }),
    attribute('notify_when_resolved', 'bool', {
      help: 'Notify when an alert is resolved.',
      required: true,
    }),
    versionAttribute(),
  ]),
  build(config, _refs, target) {
    const type = isUnknown(config.type) ? config.type : String(config.type).toUpperCase();
    const options: Record<string, unknown> = {};
    const set = (key: string, value: unknown) => {
      if (isUnknown(value) || (typeof value === 'string' && value !== '') || Array.isArray(value))
        options[key] = value;
    };
    // Per-type fields only, in Go struct order (emailRecipients … serviceName).
    if (type === 'EMAIL') set('emailRecipients', splitComma(config.recipients));
    if (type === 'SNS') set('snsTopicARNs', splitComma(config.topics));
    if (type === 'VICTOROPS') set('apiKey', config.api_key);
    if (type === 'VICTOROPS') set('routingKey', config.routing_key);
    if (type === 'OPSGENIE')
      set(
        'url',
        isUnknown(config.api_key)
          ? unresolvedMarker(`"${OPSGENIE_URL}" + ${config.api_key.expression}`, [
              ...config.api_key.references,
            ])
          : `${OPSGENIE_URL}${String(config.api_key ?? '')}`,
      );
    if (type === 'WEBHOOK' || type === 'SLACK') set('url', config.url);
    if (type === 'SLACK') set('channel', config.channel);
    if (type === 'PAGER_DUTY') {
      set('account', config.account);
      set('serviceKey', config.service_key);
      set('serviceName', config.service_name);
    }
    options.notifyOnOk = config.notify_when_ok;
    options.notifyOnResolve = config.notify_when_resolved;
    const channel: Record<string, unknown> = {};
    if (target.id) channel.id = target.id;
    if (target.version) channel.version = target.version;
    Object.assign(channel, { type, name: config.name, enabled: config.enabled, options });
    return { notificationChannel: channel };
  },
  decode(object) {
    const channel = unwrap(object, 'notificationChannel');
    const options = record(channel.options);
    const type = text(channel.type);
    const config: TConfigObject = {
      name: text(channel.name),
      enabled: flag(channel.enabled),
      type,
    };
    const put = (key: string, value: unknown) => {
      if (typeof value === 'string' && value !== '') config[key] = value;
    };
    if (type === 'EMAIL') put('recipients', strings(options.emailRecipients).join(','));
    if (type === 'SNS') put('topics', strings(options.snsTopicARNs).join(','));
    put('api_key', options.apiKey);
    put('routing_key', options.routingKey);
    if (type === 'OPSGENIE') {
      // SEED Read: api_key from `apiKey=(.*)?$` and url "" (the provider panics without apiKey=).
      const match = /apiKey=(.*)?$/.exec(text(options.url));
      put('api_key', match?.[1] ?? '');
    } else {
      put('url', options.url);
    }
    put('channel', options.channel);
    put('account', options.account);
    put('service_key', options.serviceKey);
    put('service_name', options.serviceName);
    config.notify_when_ok = flag(options.notifyOnOk);
    config.notify_when_resolved = flag(options.notifyOnResolve);
    return config;
  },
  canonicalHook: (config) => ({
    ...config,
    type: typeof config.type === 'string' ? config.type.toUpperCase() : (config.type ?? ''),
    recipients: normaliseComma(config.recipients),
    topics: normaliseComma(config.topics),
  }),
  // spec §2.2: recipients/topics are set with []string into a string attribute; the set fails silently.
  notRefreshed: ['recipients', 'topics'],
  dependsOnTypes: [],
  applyOrder: APPLY_ORDER.channel,
});

/** SEED: split on `,`, then trim each value. */
function splitComma(value: unknown): unknown {
  if (isUnknown(value)) return value;
  if (typeof value !== 'string' || value === '') return undefined;
  return value.split(',').map((item) => item.trim());
}

function normaliseComma(value: unknown): TConfigObject[string] {
  if (isUnknown(value)) return value;
  if (typeof value !== 'string') return '';
  return value === ''
    ? ''
    : value
        .split(',')
        .map((item) => item.trim())
        .join(',');
}
