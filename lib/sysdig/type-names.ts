/** Current-era notification channel resource types (spec §4.6). */
export const CURRENT_CHANNEL_TYPES = [
  'sysdig_secure_notification_channel_email',
  'sysdig_secure_notification_channel_webhook',
  'sysdig_secure_notification_channel_slack',
  'sysdig_secure_notification_channel_pagerduty',
  'sysdig_secure_notification_channel_opsgenie',
  'sysdig_secure_notification_channel_victorops',
  'sysdig_secure_notification_channel_sns',
  'sysdig_secure_notification_channel_msteams',
  'sysdig_secure_notification_channel_team_email',
  'sysdig_secure_notification_channel_prometheus_alert_manager',
] as const;

/** The 2018 generic channel resource (spec §2.2). */
export const LEGACY_CHANNEL_TYPE = 'sysdig_secure_notification_channel';

/** Every channel type a policy's `notification_channels` may reference. */
export const ALL_CHANNEL_TYPES: readonly string[] = [...CURRENT_CHANNEL_TYPES, LEGACY_CHANNEL_TYPE];

/** Current-era rule, list and macro types policies and rules depend on. */
export const FALCO_CONTENT_TYPES = [
  'sysdig_secure_list',
  'sysdig_secure_macro',
  'sysdig_secure_rule_falco',
] as const;

/** Apply ranks (DESIGN §3: channels, lists, macros, rules, policies, then priority/order). */
export const APPLY_ORDER = {
  channel: 10,
  list: 20,
  macro: 30,
  rule: 40,
  policy: 50,
  priorities: 60,
} as const;
