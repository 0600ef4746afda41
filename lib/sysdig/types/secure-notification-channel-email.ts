import { z } from 'zod';
import { strings } from '../api-read.ts';
import { attribute } from '../attribute-meta.ts';
import { defineChannel } from '../channel-common.ts';
import { zList, zString } from '../schema-helpers.ts';

/** Type-specific schema of `sysdig_secure_notification_channel_email`. */
export const ZSecureNotificationChannelEmail = z.strictObject({ recipients: zList(zString()) });

/** Parsed type-specific configuration of the email channel. */
export type TSecureNotificationChannelEmail = z.infer<typeof ZSecureNotificationChannelEmail>;

/** `sysdig_secure_notification_channel_email` (API type EMAIL, spec §4.6). */
export const secureNotificationChannelEmail = defineChannel({
  type: 'sysdig_secure_notification_channel_email',
  apiType: 'EMAIL',
  description: 'Sends Secure events by email.',
  shape: ZSecureNotificationChannelEmail.shape,
  attributes: [
    attribute('recipients', 'set', {
      help: 'Email addresses.',
      required: true,
      elementKind: 'string',
    }),
  ],
  buildOptions: (config) => ({ emailRecipients: config.recipients }),
  decodeOptions: (options) => ({ recipients: strings(options.emailRecipients) }),
});
