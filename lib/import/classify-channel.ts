import type { TClassification } from './types.ts';

// spec §4.6: API `type` → current-era resource type.
const CHANNEL_TYPES: Readonly<Record<string, string>> = {
  EMAIL: 'sysdig_secure_notification_channel_email',
  WEBHOOK: 'sysdig_secure_notification_channel_webhook',
  SLACK: 'sysdig_secure_notification_channel_slack',
  PAGER_DUTY: 'sysdig_secure_notification_channel_pagerduty',
  OPSGENIE: 'sysdig_secure_notification_channel_opsgenie',
  VICTOROPS: 'sysdig_secure_notification_channel_victorops',
  SNS: 'sysdig_secure_notification_channel_sns',
  MS_TEAMS: 'sysdig_secure_notification_channel_msteams',
  TEAM_EMAIL: 'sysdig_secure_notification_channel_team_email',
  PROMETHEUS_ALERT_MANAGER: 'sysdig_secure_notification_channel_prometheus_alert_manager',
};

/**
 * The `sysdig_secure_notification_channel_<type>` resource for a live channel, by its API `type`
 * (never the 2018 generic `sysdig_secure_notification_channel`), or a skip for types the current
 * provider has no Secure resource for (Monitor-only GCHAT, POWER_WEBHOOK, IBM_EVENT_NOTIFICATIONS…).
 */
export function classifyChannel(channel: Record<string, unknown>): TClassification {
  const apiType = String(channel.type ?? '').toUpperCase();
  const type = CHANNEL_TYPES[apiType];
  if (type) return { kind: 'import', type };
  return {
    kind: 'skip',
    code: 'unsupported-channel-type',
    reason: `channel type ${JSON.stringify(apiType)} has no sysdig_secure_notification_channel_* resource`,
  };
}
