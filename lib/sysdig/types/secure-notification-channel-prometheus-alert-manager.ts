import { z } from 'zod';
import { flag, record, text } from '../api-read.ts';
import { attribute } from '../attribute-meta.ts';
import { defineChannel, nonEmpty, nonEmptyMap } from '../channel-common.ts';
import type { TConfigObject } from '../definition.ts';
import { orUnknown, zBool, zString } from '../schema-helpers.ts';

/** Type-specific schema of `sysdig_secure_notification_channel_prometheus_alert_manager`. */
export const ZSecureNotificationChannelPrometheusAlertManager = z.strictObject({
  url: zString(),
  additional_headers: orUnknown(z.record(z.string(), zString())).optional(),
  allow_insecure_connections: zBool().default(false),
});

/** Parsed type-specific configuration of the Prometheus Alertmanager channel. */
export type TSecureNotificationChannelPrometheusAlertManager = z.infer<
  typeof ZSecureNotificationChannelPrometheusAlertManager
>;

/**
 * `sysdig_secure_notification_channel_prometheus_alert_manager` (API type PROMETHEUS_ALERT_MANAGER).
 * `additional_headers` is masked by Rampart (usually credentials); the provider does not mark it.
 */
export const secureNotificationChannelPrometheusAlertManager = defineChannel({
  type: 'sysdig_secure_notification_channel_prometheus_alert_manager',
  apiType: 'PROMETHEUS_ALERT_MANAGER',
  description: 'Forwards Secure events to a Prometheus Alertmanager.',
  shape: ZSecureNotificationChannelPrometheusAlertManager.shape,
  attributes: [
    attribute('url', 'string', { help: 'Alertmanager URL.', required: true }),
    attribute('additional_headers', 'map', {
      help: 'Extra HTTP headers (often credentials).',
      elementKind: 'string',
      secret: true,
    }),
    attribute('allow_insecure_connections', 'bool', {
      help: 'Skip TLS verification.',
      default: false,
    }),
  ],
  buildOptions: (config) => ({
    url: nonEmpty(config.url),
    additionalHeaders: nonEmptyMap(config.additional_headers),
    allowInsecureConnections: config.allow_insecure_connections,
  }),
  decodeOptions: (options) => ({
    url: text(options.url),
    additional_headers: record(options.additionalHeaders) as TConfigObject,
    allow_insecure_connections: flag(options.allowInsecureConnections),
  }),
});
