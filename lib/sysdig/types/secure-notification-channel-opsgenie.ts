import { z } from 'zod';
import { text } from '../api-read.ts';
import { attribute } from '../attribute-meta.ts';
import { defineChannel, nonEmpty } from '../channel-common.ts';
import { zEnum, zString } from '../schema-helpers.ts';

/** Type-specific schema of `sysdig_secure_notification_channel_opsgenie`. */
export const ZSecureNotificationChannelOpsgenie = z.strictObject({
  api_key: zString(),
  region: zEnum(['US', 'EU']).default('US'),
});

/** Parsed type-specific configuration of the OpsGenie channel. */
export type TSecureNotificationChannelOpsgenie = z.infer<typeof ZSecureNotificationChannelOpsgenie>;

/** `sysdig_secure_notification_channel_opsgenie` (API type OPSGENIE). `api_key` is masked by Rampart. */
export const secureNotificationChannelOpsgenie = defineChannel({
  type: 'sysdig_secure_notification_channel_opsgenie',
  apiType: 'OPSGENIE',
  description: 'Creates OpsGenie alerts from Secure events.',
  shape: ZSecureNotificationChannelOpsgenie.shape,
  attributes: [
    attribute('api_key', 'string', { help: 'OpsGenie API key.', required: true, secret: true }),
    attribute('region', 'string', {
      help: 'OpsGenie region.',
      default: 'US',
      enumValues: ['US', 'EU'],
    }),
  ],
  buildOptions: (config) => ({ apiKey: nonEmpty(config.api_key), region: nonEmpty(config.region) }),
  decodeOptions: (options) => ({ api_key: text(options.apiKey), region: text(options.region) }),
});
