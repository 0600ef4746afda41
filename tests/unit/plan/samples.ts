import type { TConfigObject } from '@/lib/sysdig/index.ts';

/** One table row: a resource of a type, a one-attribute change, and its secrets. */
export interface TSample {
  readonly type: string;
  readonly label: string;
  readonly config: TConfigObject;
  /** Merged into config: changes exactly one attribute. */
  readonly change: TConfigObject;
  /** The attribute path the change shows at. */
  readonly path: string;
  /** Raw secret values in config or change, never to appear in output. */
  readonly secrets?: readonly string[];
}

/** A managed (default) policy as the seeded backend holds it (spec §4.7, §7 seed data). */
export const MANAGED_POLICY = {
  id: 5,
  version: 3,
  isDefault: true,
  name: 'Sysdig Runtime Threat Detection',
  description: 'Managed by Sysdig',
  severity: 4,
  enabled: false,
  ruleNames: ['Terminal shell in container', 'Read sensitive file untrusted'],
  rules: [
    { ruleName: 'Terminal shell in container', enabled: true },
    { ruleName: 'Read sensitive file untrusted', enabled: true },
  ],
  actions: [],
  notificationChannelIds: [],
  type: 'falco',
  origin: 'Sysdig',
  runbook: '',
  templateId: 17,
  templateVersion: '1.2.0',
  versionId: '1.0.0',
};

/** One sample of every registry resource type (both eras, both policy variants). */
export const SAMPLES: readonly TSample[] = [
  {
    type: 'sysdig_secure_custom_policy',
    label: 'custom policy',
    config: {
      name: 'Write apt database',
      description: 'd',
      rules: [{ name: 'Terminal shell in container' }, { name: 'b', enabled: false }],
      actions: [
        {
          container: 'stop',
          capture: [{ seconds_after_event: 10, seconds_before_event: 5, name: 'cap1' }],
        },
      ],
      scope: 'container.id != ""',
      runbook: 'https://runbook.com',
    },
    change: { severity: 2 },
    path: 'severity',
  },
  {
    type: 'sysdig_secure_policy',
    label: 'policy v1.60',
    config: {
      name: 'p160',
      description: 'd',
      rule_names: ['a', 'b'],
      actions: [{ container: 'pause' }],
    },
    change: { description: 'other' },
    path: 'description',
  },
  {
    type: 'sysdig_secure_policy',
    label: 'policy 2018',
    config: {
      name: 'p2018',
      description: 'd',
      severity: 4,
      enabled: true,
      container_scope: true,
      host_scope: true,
      falco_rule_name_regex: 'Unexpected spawned process traefik',
      filter: 'container.image = "x"',
      actions: [
        { container: 'pause', capture: { seconds_before_event: 60, seconds_after_event: 60 } },
      ],
      processes: [{ default: 'accept', whitelist: ['mysql'], blacklist: ['ssh'] }],
      network: [
        { inbound: 'accept', outbound: 'deny', listening_ports: [{ tcp: [{ whitelist: [80] }] }] },
      ],
    },
    change: { filter: 'container.image = "y"' },
    path: 'filter',
  },
  {
    type: 'sysdig_secure_managed_policy',
    label: 'managed policy',
    config: {
      name: 'Sysdig Runtime Threat Detection',
      enabled: true,
      disabled_rules: ['Read sensitive file untrusted'],
    },
    change: { scope: 'kubernetes.namespace.name = "prod"' },
    path: 'scope',
  },
  {
    type: 'sysdig_secure_managed_ruleset',
    label: 'managed ruleset',
    config: {
      name: 'My ruleset',
      description: 'd',
      inherited_from: [{ name: 'Sysdig Runtime Threat Detection', type: 'falco' }],
      disabled_rules: ['Terminal shell in container'],
    },
    change: { severity: 6 },
    path: 'severity',
  },
  {
    type: 'sysdig_secure_rule_falco',
    label: 'falco rule',
    config: {
      name: 'Terminal shell in container',
      description: 'A shell was used',
      condition: 'spawned_process and container and shell_procs',
      output: 'A shell (user=%user.name)',
      priority: 'notice',
      source: 'syscall',
      tags: ['shell', 'container'],
      exceptions: [
        { name: 'proc_names', fields: ['proc.name'], comps: ['in'], values: '[[["python"]]]' },
      ],
    },
    change: { output: 'Another output' },
    path: 'output',
  },
  {
    type: 'sysdig_secure_rule_falco',
    label: 'falco rule append',
    config: { name: 'Change thread namespace', condition: 'and not proc.name=foo', append: true },
    change: { condition: 'and not proc.name=bar' },
    path: 'condition',
  },
  {
    type: 'sysdig_secure_list',
    label: 'list',
    config: { name: 'allowed_dev_files', items: ['/dev/null', '/dev/stdin'], append: true },
    change: { items: ['/dev/stdin', '/dev/null'] },
    path: 'items',
  },
  {
    type: 'sysdig_secure_macro',
    label: 'macro',
    config: { name: 'web_port', condition: 'fd.sport=80' },
    change: { condition: 'fd.sport=443' },
    path: 'condition',
  },
  {
    type: 'sysdig_secure_notification_channel_email',
    label: 'email channel',
    config: {
      name: 'Example Channel - Email',
      recipients: ['foo@localhost.com', 'bar@localhost.com'],
      send_test_notification: true,
    },
    change: { recipients: ['foo@localhost.com'] },
    path: 'recipients',
  },
  {
    type: 'sysdig_secure_notification_channel_webhook',
    label: 'webhook channel',
    config: {
      name: 'Example Channel - Webhook',
      url: 'https://hooks.example/secret-webhook-1',
      additional_headers: { Authorization: 'Bearer header-secret-1' },
      custom_data: { data1: 'value1' },
    },
    change: { url: 'https://hooks.example/secret-webhook-2' },
    path: 'url',
    secrets: ['secret-webhook-1', 'secret-webhook-2', 'header-secret-1'],
  },
  {
    type: 'sysdig_secure_notification_channel_slack',
    label: 'slack channel',
    config: {
      name: 'Slack',
      url: 'https://hooks.slack.com/services/SLACKSECRET1',
      channel: '#sysdig',
      template_version: 'v2',
    },
    change: { channel: '#security' },
    path: 'channel',
    secrets: ['SLACKSECRET1'],
  },
  {
    type: 'sysdig_secure_notification_channel_pagerduty',
    label: 'pagerduty channel',
    config: {
      name: 'PD',
      account: 'acme',
      service_key: 'pd-service-key-secret',
      service_name: 'svc',
    },
    change: { service_name: 'svc2' },
    path: 'service_name',
    secrets: ['pd-service-key-secret'],
  },
  {
    type: 'sysdig_secure_notification_channel_opsgenie',
    label: 'opsgenie channel',
    config: { name: 'OG', api_key: 'opsgenie-key-secret', region: 'EU' },
    change: { api_key: 'opsgenie-key-secret-2' },
    path: 'api_key',
    secrets: ['opsgenie-key-secret'],
  },
  {
    type: 'sysdig_secure_notification_channel_victorops',
    label: 'victorops channel',
    config: {
      name: 'VO',
      api_key: 'victorops-key-secret',
      routing_key: 'victorops-routing-secret',
    },
    change: { routing_key: 'victorops-routing-secret-2' },
    path: 'routing_key',
    secrets: ['victorops-key-secret', 'victorops-routing-secret'],
  },
  {
    type: 'sysdig_secure_notification_channel_sns',
    label: 'sns channel',
    config: { name: 'SNS', topics: ['arn:aws:sns:b', 'arn:aws:sns:a'] },
    change: { enabled: false },
    path: 'enabled',
  },
  {
    type: 'sysdig_secure_notification_channel_msteams',
    label: 'msteams channel',
    config: { name: 'Teams', url: 'https://teams.example/msteams-secret', template_version: 'v2' },
    change: { template_version: 'v1' },
    path: 'template_version',
    secrets: ['msteams-secret'],
  },
  {
    type: 'sysdig_secure_notification_channel_team_email',
    label: 'team email channel',
    config: { name: 'Team', team_id: 5, include_admin_users: true },
    change: { include_admin_users: false },
    path: 'include_admin_users',
  },
  {
    type: 'sysdig_secure_notification_channel_prometheus_alert_manager',
    label: 'prometheus channel',
    config: {
      name: 'AM',
      url: 'https://am.example/alerts',
      additional_headers: { 'X-Token': 'prom-header-secret' },
      share_with_current_team: true,
    },
    change: { notify_when_ok: true },
    path: 'notify_when_ok',
    secrets: ['prom-header-secret'],
  },
  {
    type: 'sysdig_secure_notification_channel',
    label: '2018 email channel',
    config: {
      name: 'Example Channel - Email',
      enabled: true,
      type: 'EMAIL',
      recipients: 'a@x, b@x',
      notify_when_ok: true,
      notify_when_resolved: false,
    },
    change: { notify_when_resolved: true },
    path: 'notify_when_resolved',
  },
  {
    type: 'sysdig_secure_notification_channel',
    label: '2018 opsgenie channel',
    config: {
      name: 'Example Channel - OpsGenie',
      enabled: true,
      type: 'OPSGENIE',
      api_key: 'legacy-opsgenie-secret',
      notify_when_ok: false,
      notify_when_resolved: false,
    },
    change: { api_key: 'legacy-opsgenie-secret-2' },
    path: 'api_key',
    secrets: ['legacy-opsgenie-secret'],
  },
  {
    type: 'sysdig_secure_notification_channel',
    label: '2018 webhook channel',
    config: {
      name: 'Example Channel - Webhook',
      enabled: true,
      type: 'WEBHOOK',
      url: 'https://legacy.example/legacy-hook-secret',
      notify_when_ok: false,
      notify_when_resolved: false,
    },
    change: { enabled: false },
    path: 'enabled',
    secrets: ['legacy-hook-secret'],
  },
  {
    type: 'sysdig_secure_user_rules_file',
    label: 'user rules file',
    config: { content: '- list: x\n  items: []\n' },
    change: { content: '- list: y\n  items: []\n' },
    path: 'content',
  },
  {
    type: 'sysdig_secure_policies_priority',
    label: 'policies priority',
    config: { policies: ['12', '13'] },
    change: { policies: ['13', '12'] },
    path: 'policies',
  },
];
