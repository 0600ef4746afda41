import { z } from 'zod';
import { flag, text } from '../api-read.ts';
import { attribute } from '../attribute-meta.ts';
import { defineChannel, nonEmpty } from '../channel-common.ts';
import {
  buildTemplateConfiguration,
  decodeTemplateVersion,
  templateVersionAttribute,
} from '../channel-template.ts';
import type { TConfigObject } from '../definition.ts';
import { isUnknown, zBool, zEnum, zString } from '../schema-helpers.ts';

/** Type-specific schema of `sysdig_secure_notification_channel_slack`. */
export const ZSecureNotificationChannelSlack = z.strictObject({
  url: zString(),
  channel: zString(),
  is_private_channel: zBool().default(false),
  private_channel_url: zString().optional(),
  template_version: zEnum(['v1', 'v2']).optional(),
});

/** Parsed type-specific configuration of the Slack channel. */
export type TSecureNotificationChannelSlack = z.infer<typeof ZSecureNotificationChannelSlack>;

/**
 * `sysdig_secure_notification_channel_slack` (API type SLACK). `url` is Sensitive in the provider;
 * `private_channel_url` is a hook URL too, so Rampart masks it. Privacy attributes are ForceNew (#633).
 */
export const secureNotificationChannelSlack = defineChannel({
  type: 'sysdig_secure_notification_channel_slack',
  apiType: 'SLACK',
  description: 'Posts Secure events to a Slack channel.',
  shape: ZSecureNotificationChannelSlack.shape,
  attributes: [
    attribute('url', 'string', {
      help: 'Slack incoming-webhook URL.',
      required: true,
      secret: true,
    }),
    attribute('channel', 'string', { help: 'Channel, e.g. #security.', required: true }),
    attribute('is_private_channel', 'bool', {
      help: 'The channel is private (cannot be changed in place).',
      default: false,
      forceNew: true,
    }),
    attribute('private_channel_url', 'string', {
      help: 'URL of the private channel.',
      forceNew: true,
      secret: true,
    }),
    templateVersionAttribute,
  ],
  buildOptions: (config) => ({
    url: nonEmpty(config.url),
    channel: nonEmpty(config.channel),
    privateChannel:
      config.is_private_channel === true || isUnknown(config.is_private_channel)
        ? config.is_private_channel
        : undefined,
    privateChannelUrl: nonEmpty(config.private_channel_url),
    templateConfiguration: buildTemplateConfiguration(
      'SLACK_SECURE_EVENT_NOTIFICATION_TEMPLATE_METADATA',
      config.template_version,
    ),
  }),
  decodeOptions: (options): TConfigObject => ({
    url: text(options.url),
    channel: text(options.channel),
    is_private_channel: flag(options.privateChannel),
    private_channel_url: text(options.privateChannelUrl),
    ...decodeTemplateVersion(options),
  }),
});
