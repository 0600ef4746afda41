import { z } from 'zod';
import { flag, record, text } from '../api-read.ts';
import { attribute } from '../attribute-meta.ts';
import { defineChannel, nonEmpty, nonEmptyMap } from '../channel-common.ts';
import type { TConfigObject } from '../definition.ts';
import { orUnknown, zBool, zString } from '../schema-helpers.ts';

/** Type-specific schema of `sysdig_secure_notification_channel_webhook`. */
export const ZSecureNotificationChannelWebhook = z.strictObject({
  url: zString(),
  additional_headers: orUnknown(z.record(z.string(), zString())).optional(),
  allow_insecure_connections: zBool().default(false),
  custom_data: orUnknown(z.record(z.string(), zString())).optional(),
});

/** Parsed type-specific configuration of the webhook channel. */
export type TSecureNotificationChannelWebhook = z.infer<typeof ZSecureNotificationChannelWebhook>;

/**
 * `sysdig_secure_notification_channel_webhook` (API type WEBHOOK, spec §4.6). The URL is Sensitive in
 * the provider (PR #631); `additional_headers` usually carries credentials, so Rampart masks it too.
 */
export const secureNotificationChannelWebhook = defineChannel({
  type: 'sysdig_secure_notification_channel_webhook',
  apiType: 'WEBHOOK',
  description: 'Posts Secure events to an HTTP endpoint.',
  shape: ZSecureNotificationChannelWebhook.shape,
  attributes: [
    attribute('url', 'string', { help: 'Endpoint URL.', required: true, secret: true }),
    attribute('additional_headers', 'map', {
      help: 'Extra HTTP headers (often credentials).',
      elementKind: 'string',
      secret: true,
    }),
    attribute('allow_insecure_connections', 'bool', {
      help: 'Skip TLS verification.',
      default: false,
    }),
    attribute('custom_data', 'map', {
      help: 'Extra fields added to the payload.',
      elementKind: 'string',
    }),
  ],
  buildOptions: (config) => ({
    url: nonEmpty(config.url),
    additionalHeaders: nonEmptyMap(config.additional_headers),
    allowInsecureConnections: config.allow_insecure_connections,
    customData: nonEmptyMap(config.custom_data),
  }),
  decodeOptions: (options) => ({
    url: text(options.url),
    additional_headers: record(options.additionalHeaders) as TConfigObject,
    allow_insecure_connections: flag(options.allowInsecureConnections),
    custom_data: record(options.customData) as TConfigObject,
  }),
});
