import { z } from 'zod';
import { text } from '../api-read.ts';
import { attribute } from '../attribute-meta.ts';
import { defineChannel, nonEmpty } from '../channel-common.ts';
import {
  buildTemplateConfiguration,
  decodeTemplateVersion,
  templateVersionAttribute,
} from '../channel-template.ts';
import { zEnum, zString } from '../schema-helpers.ts';

/** Type-specific schema of `sysdig_secure_notification_channel_msteams`. */
export const ZSecureNotificationChannelMsteams = z.strictObject({
  url: zString(),
  template_version: zEnum(['v1', 'v2']).optional(),
});

/** Parsed type-specific configuration of the MS Teams channel. */
export type TSecureNotificationChannelMsteams = z.infer<typeof ZSecureNotificationChannelMsteams>;

/**
 * `sysdig_secure_notification_channel_msteams` (API type MS_TEAMS). The URL is an incoming-webhook
 * URL with its secret inside, so Rampart masks it (the provider does not mark it Sensitive).
 * The template section name is assumed to be the Slack one (UNVERIFIED in the spec).
 */
export const secureNotificationChannelMsteams = defineChannel({
  type: 'sysdig_secure_notification_channel_msteams',
  apiType: 'MS_TEAMS',
  description: 'Posts Secure events to a Microsoft Teams channel.',
  shape: ZSecureNotificationChannelMsteams.shape,
  attributes: [
    attribute('url', 'string', {
      help: 'Teams incoming-webhook URL.',
      required: true,
      secret: true,
    }),
    templateVersionAttribute,
  ],
  buildOptions: (config) => ({
    url: nonEmpty(config.url),
    templateConfiguration: buildTemplateConfiguration(
      'MS_TEAMS_SECURE_EVENT_NOTIFICATION_TEMPLATE_METADATA',
      config.template_version,
    ),
  }),
  decodeOptions: (options) => ({ url: text(options.url), ...decodeTemplateVersion(options) }),
});
