import { z } from 'zod';
import { text } from '../api-read.ts';
import { attribute } from '../attribute-meta.ts';
import { defineChannel, nonEmpty } from '../channel-common.ts';
import { zString } from '../schema-helpers.ts';

/** Type-specific schema of `sysdig_secure_notification_channel_pagerduty`. */
export const ZSecureNotificationChannelPagerduty = z.strictObject({
  account: zString(),
  service_key: zString(),
  service_name: zString(),
});

/** Parsed type-specific configuration of the PagerDuty channel. */
export type TSecureNotificationChannelPagerduty = z.infer<
  typeof ZSecureNotificationChannelPagerduty
>;

/** `sysdig_secure_notification_channel_pagerduty` (API type PAGER_DUTY). `service_key` is masked. */
export const secureNotificationChannelPagerduty = defineChannel({
  type: 'sysdig_secure_notification_channel_pagerduty',
  apiType: 'PAGER_DUTY',
  description: 'Creates PagerDuty incidents from Secure events.',
  shape: ZSecureNotificationChannelPagerduty.shape,
  attributes: [
    attribute('account', 'string', { help: 'PagerDuty account.', required: true }),
    attribute('service_key', 'string', {
      help: 'PagerDuty integration key.',
      required: true,
      secret: true,
    }),
    attribute('service_name', 'string', { help: 'PagerDuty service name.', required: true }),
  ],
  buildOptions: (config) => ({
    account: nonEmpty(config.account),
    serviceKey: nonEmpty(config.service_key),
    serviceName: nonEmpty(config.service_name),
  }),
  decodeOptions: (options) => ({
    account: text(options.account),
    service_key: text(options.serviceKey),
    service_name: text(options.serviceName),
  }),
});
