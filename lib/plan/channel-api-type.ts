import type { TConfigObject } from '../sysdig/index.ts';

/** Current-era channel resource type → API `type` (spec §4.6). */
export const CHANNEL_API_TYPES: Record<string, string> = {
  sysdig_secure_notification_channel_email: 'EMAIL',
  sysdig_secure_notification_channel_webhook: 'WEBHOOK',
  sysdig_secure_notification_channel_slack: 'SLACK',
  sysdig_secure_notification_channel_pagerduty: 'PAGER_DUTY',
  sysdig_secure_notification_channel_opsgenie: 'OPSGENIE',
  sysdig_secure_notification_channel_victorops: 'VICTOROPS',
  sysdig_secure_notification_channel_sns: 'SNS',
  sysdig_secure_notification_channel_msteams: 'MS_TEAMS',
  sysdig_secure_notification_channel_team_email: 'TEAM_EMAIL',
  sysdig_secure_notification_channel_prometheus_alert_manager: 'PROMETHEUS_ALERT_MANAGER',
};

/**
 * The API channel `type` a channel resource writes (spec §2.2, §4.6): fixed per current-era type,
 * the uppercased `type` attribute for the 2018 generic resource, undefined otherwise or when unknown.
 */
export function channelApiType(type: string, config?: TConfigObject): string | undefined {
  if (type === 'sysdig_secure_notification_channel')
    return typeof config?.type === 'string' ? config.type.toUpperCase() : undefined;
  return CHANNEL_API_TYPES[type];
}
