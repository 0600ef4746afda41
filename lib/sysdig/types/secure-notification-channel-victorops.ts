import { z } from 'zod';
import { text } from '../api-read.ts';
import { attribute } from '../attribute-meta.ts';
import { defineChannel, nonEmpty } from '../channel-common.ts';
import { zString } from '../schema-helpers.ts';

/** Type-specific schema of `sysdig_secure_notification_channel_victorops`. */
export const ZSecureNotificationChannelVictorops = z.strictObject({
  api_key: zString(),
  routing_key: zString(),
});

/** Parsed type-specific configuration of the VictorOps channel. */
export type TSecureNotificationChannelVictorops = z.infer<
  typeof ZSecureNotificationChannelVictorops
>;

/** `sysdig_secure_notification_channel_victorops` (API type VICTOROPS). Both keys are masked by Rampart. */
export const secureNotificationChannelVictorops = defineChannel({
  type: 'sysdig_secure_notification_channel_victorops',
  apiType: 'VICTOROPS',
  description: 'Routes Secure events to VictorOps (Splunk On-Call).',
  shape: ZSecureNotificationChannelVictorops.shape,
  attributes: [
    attribute('api_key', 'string', { help: 'VictorOps API key.', required: true, secret: true }),
    attribute('routing_key', 'string', {
      help: 'VictorOps routing key.',
      required: true,
      secret: true,
    }),
  ],
  buildOptions: (config) => ({
    apiKey: nonEmpty(config.api_key),
    routingKey: nonEmpty(config.routing_key),
  }),
  decodeOptions: (options) => ({
    api_key: text(options.apiKey),
    routing_key: text(options.routingKey),
  }),
});
