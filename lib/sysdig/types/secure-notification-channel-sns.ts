import { z } from 'zod';
import { strings } from '../api-read.ts';
import { attribute } from '../attribute-meta.ts';
import { defineChannel } from '../channel-common.ts';
import { zList, zString } from '../schema-helpers.ts';

/** Type-specific schema of `sysdig_secure_notification_channel_sns`. */
export const ZSecureNotificationChannelSns = z.strictObject({ topics: zList(zString()) });

/** Parsed type-specific configuration of the SNS channel. */
export type TSecureNotificationChannelSns = z.infer<typeof ZSecureNotificationChannelSns>;

/** `sysdig_secure_notification_channel_sns` (API type SNS, spec §4.6). */
export const secureNotificationChannelSns = defineChannel({
  type: 'sysdig_secure_notification_channel_sns',
  apiType: 'SNS',
  description: 'Publishes Secure events to Amazon SNS topics.',
  shape: ZSecureNotificationChannelSns.shape,
  attributes: [
    attribute('topics', 'set', { help: 'SNS topic ARNs.', required: true, elementKind: 'string' }),
  ],
  buildOptions: (config) => ({ snsTopicARNs: config.topics }),
  decodeOptions: (options) => ({ topics: strings(options.snsTopicARNs) }),
});
