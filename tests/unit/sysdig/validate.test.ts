import { describe, expect, it } from 'vitest';
import {
  validateProviderConfig,
  validateResourceConfig,
  type TConfigObject,
} from '@/lib/sysdig/index.ts';
import { ref } from './spec-data.ts';

const policy2018: TConfigObject = {
  name: 'p',
  description: 'd',
  severity: 4,
  enabled: true,
  container_scope: true,
  host_scope: true,
  falco_rule_name_regex: 'Terminal shell',
};
const custom: TConfigObject = { name: 'p', description: 'd' };
const rule: TConfigObject = { name: 'r', condition: 'c', output: 'o', source: 'syscall' };
const channel2018: TConfigObject = {
  name: 'c',
  enabled: true,
  notify_when_ok: false,
  notify_when_resolved: false,
};
const v160: TConfigObject = { name: 'p', description: 'd', rule_names: ['a'] };

/** [title, type, config, expected code, expected attribute, message or hint pattern?] */
const table: [string, string, TConfigObject, string, string, RegExp?][] = [
  [
    'unknown top-level attribute with suggestion',
    'sysdig_secure_custom_policy',
    { ...custom, severty: 3 },
    'unknown-attribute',
    'severty',
    /Did you mean "severity"/,
  ],
  [
    'unknown attribute far from any name',
    'sysdig_secure_custom_policy',
    { ...custom, colour: 'red' },
    'unknown-attribute',
    'colour',
    /Known here/,
  ],
  [
    'unknown nested block',
    'sysdig_secure_custom_policy',
    { ...custom, actions: [{ captur: [{ name: 'c' }] }] },
    'unknown-attribute',
    'actions[0].captur',
    /Did you mean "capture"/,
  ],
  [
    'unknown attribute deep in capture',
    'sysdig_secure_custom_policy',
    {
      ...custom,
      actions: [
        { capture: [{ name: 'c', seconds_after_event: 1, seconds_before_event: 1, bucket: 'x' }] },
      ],
    },
    'unknown-attribute',
    'actions[0].capture[0].bucket',
    /bucket_name/,
  ],
  [
    'computed version set in code',
    'sysdig_secure_list',
    { name: 'l', items: [], version: 3 },
    'unknown-attribute',
    'version',
    /computed/,
  ],
  [
    '2018 attribute in a v1.60 policy',
    'sysdig_secure_policy',
    { ...v160, container_scope: true },
    'unknown-attribute',
    'container_scope',
    /other sysdig_secure_policy schema/,
  ],
  [
    'v1.60 attribute in a 2018 policy',
    'sysdig_secure_policy',
    { ...policy2018, runbook: 'r' },
    'unknown-attribute',
    'runbook',
    /other sysdig_secure_policy schema/,
  ],
  [
    'typo in a 2018 list block (HCL1 object form)',
    'sysdig_secure_policy',
    { ...policy2018, processes: { default: 'accept', whitelst: ['a'] } },
    'unknown-attribute',
    'processes.whitelst',
    /whitelist/,
  ],
  [
    'typo of recipients in a 2018 channel',
    'sysdig_secure_notification_channel',
    { ...channel2018, type: 'EMAIL', recipients: 'a@b', recipient: 'x' },
    'unknown-attribute',
    'recipient',
    /recipients/,
  ],
  [
    'missing custom policy name',
    'sysdig_secure_custom_policy',
    { description: 'd' },
    'missing-required',
    'name',
  ],
  [
    'missing custom policy description',
    'sysdig_secure_custom_policy',
    { name: 'p' },
    'missing-required',
    'description',
  ],
  [
    'missing capture name (required today)',
    'sysdig_secure_custom_policy',
    { ...custom, actions: [{ capture: [{ seconds_after_event: 1, seconds_before_event: 1 }] }] },
    'missing-required',
    'actions[0].capture[0].name',
  ],
  [
    'missing capture seconds',
    'sysdig_secure_custom_policy',
    { ...custom, actions: [{ capture: [{ name: 'c', seconds_before_event: 1 }] }] },
    'missing-required',
    'actions[0].capture[0].seconds_after_event',
  ],
  [
    'missing rule name in rules block',
    'sysdig_secure_custom_policy',
    { ...custom, rules: [{ enabled: true }] },
    'missing-required',
    'rules[0].name',
  ],
  [
    'missing falco_rule_name_regex (2018)',
    'sysdig_secure_policy',
    { ...policy2018, falco_rule_name_regex: undefined as never, filter: 'x' },
    'missing-required',
    'falco_rule_name_regex',
  ],
  [
    'missing host_scope (2018)',
    'sysdig_secure_policy',
    {
      name: 'p',
      description: 'd',
      severity: 4,
      enabled: true,
      container_scope: true,
      falco_rule_name_regex: 'x',
    },
    'missing-required',
    'host_scope',
  ],
  ['missing list items', 'sysdig_secure_list', { name: 'l' }, 'missing-required', 'items'],
  [
    'missing macro condition',
    'sysdig_secure_macro',
    { name: 'm' },
    'missing-required',
    'condition',
  ],
  [
    'missing email recipients',
    'sysdig_secure_notification_channel_email',
    { name: 'e' },
    'missing-required',
    'recipients',
  ],
  [
    'missing slack channel',
    'sysdig_secure_notification_channel_slack',
    { name: 's', url: 'u' },
    'missing-required',
    'channel',
  ],
  [
    'missing pagerduty service_key',
    'sysdig_secure_notification_channel_pagerduty',
    { name: 'p', account: 'a', service_name: 'n' },
    'missing-required',
    'service_key',
  ],
  [
    'missing team_email team_id',
    'sysdig_secure_notification_channel_team_email',
    { name: 't' },
    'missing-required',
    'team_id',
  ],
  [
    'missing inherited_from (managed ruleset)',
    'sysdig_secure_managed_ruleset',
    { name: 'r', description: 'd' },
    'missing-required',
    'inherited_from',
  ],
  [
    'rule_falco append=false without source',
    'sysdig_secure_rule_falco',
    { name: 'r', condition: 'c', output: 'o' },
    'missing-required',
    'source',
    /^source must be set when append = false$/m,
  ],
  [
    'rule_falco append=false without output',
    'sysdig_secure_rule_falco',
    { name: 'r', condition: 'c', source: 'syscall' },
    'missing-required',
    'output',
    /^output must be set when append = false$/m,
  ],
  [
    '2018 EMAIL channel without recipients',
    'sysdig_secure_notification_channel',
    { ...channel2018, type: 'EMAIL' },
    'missing-required',
    'recipients',
    /^the 'recipients' field must be set when the type of the notification channel is EMAIL$/m,
  ],
  [
    '2018 SLACK channel without channel',
    'sysdig_secure_notification_channel',
    { ...channel2018, type: 'slack', url: 'u' },
    'missing-required',
    'channel',
    /the 'channel' field must be set when the type of the notification channel is SLACK/,
  ],
  [
    '2018 PAGER_DUTY without service_name',
    'sysdig_secure_notification_channel',
    { ...channel2018, type: 'PAGER_DUTY', account: 'a', service_key: 'k' },
    'missing-required',
    'service_name',
  ],
  [
    '2018 channel with an unknown type',
    'sysdig_secure_notification_channel',
    { ...channel2018, type: 'TEAMS' },
    'invalid-enum',
    'type',
    /error type not recognized, must be one of the following: \[EMAIL SNS OPSGENIE VICTOROPS WEBHOOK SLACK PAGER_DUTY\]/,
  ],
  [
    'severity as a string',
    'sysdig_secure_custom_policy',
    { ...custom, severity: 'high' },
    'invalid-type',
    'severity',
    /a number/,
  ],
  [
    'enabled as a string',
    'sysdig_secure_custom_policy',
    { ...custom, enabled: 'yes' },
    'invalid-type',
    'enabled',
  ],
  [
    'rules as a string',
    'sysdig_secure_custom_policy',
    { ...custom, rules: 'a' },
    'invalid-type',
    'rules',
  ],
  [
    'notification channel id not a number',
    'sysdig_secure_custom_policy',
    { ...custom, notification_channels: ['ops'] },
    'invalid-type',
    'notification_channels[0]',
  ],
  [
    'list items not a list',
    'sysdig_secure_list',
    { name: 'l', items: 'a,b' },
    'invalid-type',
    'items',
    /a list/,
  ],
  [
    '2018 port not a number',
    'sysdig_secure_policy',
    { ...policy2018, network: [{ listening_ports: [{ tcp: [{ whitelist: ['http'] }] }] }] },
    'invalid-type',
    'network[0].listening_ports[0].tcp[0].whitelist[0]',
  ],
  [
    'webhook custom_data not a map',
    'sysdig_secure_notification_channel_webhook',
    { name: 'w', url: 'u', custom_data: 'x' },
    'invalid-type',
    'custom_data',
  ],
  [
    'rule_falco priority uppercase',
    'sysdig_secure_rule_falco',
    { ...rule, priority: 'NOTICE' },
    'invalid-enum',
    'priority',
    /Did you mean "notice"/,
  ],
  [
    'rule_falco unknown source',
    'sysdig_secure_rule_falco',
    { ...rule, source: 'sycall' },
    'invalid-enum',
    'source',
    /syscall/,
  ],
  [
    'policy type unknown',
    'sysdig_secure_custom_policy',
    { ...custom, type: 'falko' },
    'invalid-enum',
    'type',
    /falco/,
  ],
  [
    'list_matching only in v1.60',
    'sysdig_secure_custom_policy',
    { ...custom, type: 'list_matching' },
    'invalid-enum',
    'type',
  ],
  [
    'container action kill not in 2018',
    'sysdig_secure_policy',
    { ...policy2018, actions: [{ container: 'kill' }] },
    'invalid-enum',
    'actions[0].container',
  ],
  [
    'container action unknown today',
    'sysdig_secure_custom_policy',
    { ...custom, actions: [{ container: 'restart' }] },
    'invalid-enum',
    'actions[0].container',
  ],
  [
    '2018 processes default',
    'sysdig_secure_policy',
    { ...policy2018, processes: [{ default: 'allow' }] },
    'invalid-enum',
    'processes[0].default',
    /accept/,
  ],
  [
    '2018 filesystem other_paths',
    'sysdig_secure_policy',
    { ...policy2018, filesystem: [{ other_paths: 'maybe' }] },
    'invalid-enum',
    'filesystem[0].other_paths',
  ],
  [
    'opsgenie region',
    'sysdig_secure_notification_channel_opsgenie',
    { name: 'o', api_key: 'k', region: 'APAC' },
    'invalid-enum',
    'region',
  ],
  [
    'slack template_version',
    'sysdig_secure_notification_channel_slack',
    { name: 's', url: 'u', channel: 'c', template_version: 'v3' },
    'invalid-enum',
    'template_version',
  ],
  [
    'severity above 7',
    'sysdig_secure_custom_policy',
    { ...custom, severity: 9 },
    'out-of-range',
    'severity',
    /at most 7/,
  ],
  [
    'severity below 0',
    'sysdig_secure_managed_ruleset',
    { name: 'r', description: 'd', inherited_from: [{ name: 'm' }], severity: -1 },
    'out-of-range',
    'severity',
    /at least 0/,
  ],
  [
    'negative capture seconds',
    'sysdig_secure_custom_policy',
    {
      ...custom,
      actions: [{ capture: [{ name: 'c', seconds_after_event: -5, seconds_before_event: 1 }] }],
    },
    'out-of-range',
    'actions[0].capture[0].seconds_after_event',
  ],
  [
    '2018 port above 65535',
    'sysdig_secure_policy',
    { ...policy2018, network: [{ listening_ports: [{ udp: [{ blacklist: [70000] }] }] }] },
    'out-of-range',
    'network[0].listening_ports[0].udp[0].blacklist[0]',
  ],
  [
    'falco regex with lookbehind (JS-only)',
    'sysdig_secure_policy',
    { ...policy2018, falco_rule_name_regex: '(?<=Terminal) shell' },
    'invalid-regex',
    'falco_rule_name_regex',
    /lookbehind/,
  ],
  [
    'falco regex with a backreference',
    'sysdig_secure_policy',
    { ...policy2018, falco_rule_name_regex: '(shell)\\1' },
    'invalid-regex',
    'falco_rule_name_regex',
    /backreference/,
  ],
  [
    'falco regex unbalanced',
    'sysdig_secure_policy',
    { ...policy2018, falco_rule_name_regex: 'Terminal (shell' },
    'invalid-regex',
    'falco_rule_name_regex',
  ],
  [
    'rule_falco exceptions values not JSON? (required)',
    'sysdig_secure_rule_falco',
    { ...rule, exceptions: [{ name: 'e' }] },
    'missing-required',
    'exceptions[0].values',
  ],
  [
    'deprecated 2018 channel type',
    'sysdig_secure_notification_channel',
    { ...channel2018, type: 'WEBHOOK', url: 'u' },
    'deprecated-type',
    '',
    /sysdig_secure_notification_channel_email/,
  ],
  [
    'deprecated user rules file',
    'sysdig_secure_user_rules_file',
    { content: 'x' },
    'deprecated-type',
    '',
    /sysdig_secure_rule_falco/,
  ],
  [
    'deprecated v1.60 policy',
    'sysdig_secure_policy',
    v160,
    'deprecated-type',
    '',
    /sysdig_secure_custom_policy/,
  ],
  [
    'deprecated priorities',
    'sysdig_secure_policies_priority',
    { policies: ['1'] },
    'deprecated-type',
    '',
    /Remove it/,
  ],
];

describe('[sysdig] validateResourceConfig', () => {
  it('[sysdig] the table has at least 40 bad configurations', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  it.each(table)('[sysdig] %s', (_title, type, config, code, attribute, pattern) => {
    const issues = validateResourceConfig(type, config);
    const match = issues.find((issue) => issue.code === code && issue.attribute === attribute);
    expect(match, JSON.stringify(issues, null, 1)).toBeDefined();
    if (pattern) expect(`${match?.message ?? ''}\n${match?.hint ?? ''}`).toMatch(pattern);
    if (code === 'deprecated-type') expect(match?.severity).toBe('warning');
  });

  it.each([
    [
      'custom policy with references and unknown values',
      'sysdig_secure_custom_policy',
      {
        ...custom,
        severity: ref('var.severity'),
        notification_channels: [ref('sysdig_secure_notification_channel_email.ops.id')],
        scope: ref('local.scope'),
      },
    ],
    [
      'rule_falco with append and nothing else',
      'sysdig_secure_rule_falco',
      { name: 'r', condition: 'and not x', append: true },
    ],
    [
      'every current channel',
      'sysdig_secure_notification_channel_slack',
      { name: 's', url: 'u', channel: 'c', is_private_channel: true },
    ],
    ['a type outside the registry', 'aws_instance', { ami: 'x' }],
  ])('[sysdig] no error for %s', (_title, type, config) => {
    expect(
      validateResourceConfig(type, config).filter((issue) => issue.severity === 'error'),
    ).toEqual([]);
  });

  it('[sysdig] the 2018 demo repository validates with deprecation warnings only', () => {
    const demoPolicy: TConfigObject = {
      name: 'Terminal shell in container',
      description: 'A shell was spawned by a program in a container with an attached terminal.',
      severity: 1,
      enabled: true,
      filter: "not kubernetes.namespace.name in ('ping', 'default')",
      container_scope: true,
      host_scope: false,
      actions: [{ capture: [{ seconds_before_event: 10, seconds_after_event: 20 }] }],
      notification_channels: [
        ref('sysdig_secure_notification_channel.webhook.id'),
        ref('sysdig_secure_notification_channel.elastic-search.id'),
      ],
      falco_rule_name_regex: 'Terminal shell in container',
    };
    const demoChannel: TConfigObject = {
      name: 'ElasticSearch',
      enabled: false,
      type: 'WEBHOOK',
      url: 'http://ec2:9200/sysdigsecure/event',
      notify_when_ok: true,
      notify_when_resolved: true,
    };
    const repository: [string, TConfigObject][] = [
      ['sysdig_secure_policy', demoPolicy],
      ['sysdig_secure_notification_channel', demoChannel],
      [
        'sysdig_secure_policies_priority',
        { policies: [ref('sysdig_secure_policy.terminal-shell-in-container.id')] },
      ],
      ['sysdig_secure_user_rules_file', { content: ref('file("${path.module}/rules.yaml")') }],
    ];
    for (const [type, config] of repository) {
      expect(validateResourceConfig(type, config).map((issue) => issue.code)).toEqual([
        'deprecated-type',
      ]);
    }
  });
});

describe('[sysdig] validateProviderConfig', () => {
  it('[sysdig] a literal API token is a secret-literal warning', () => {
    const issues = validateProviderConfig({ sysdig_secure_api_token: '<your_token>' });
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'secret-literal',
        severity: 'warning',
        attribute: 'sysdig_secure_api_token',
      }),
    ]);
    expect(issues[0]?.hint).toMatch(/SYSDIG_SECURE_API_TOKEN/);
  });

  it('[sysdig] a literal Authorization extra header is flagged too', () => {
    expect(
      validateProviderConfig({ extra_headers: { Authorization: 'Bearer x' } })[0]?.attribute,
    ).toBe('extra_headers.Authorization');
  });

  it('[sysdig] references and empty providers are fine', () => {
    expect(validateProviderConfig({})).toEqual([]);
    expect(validateProviderConfig({ sysdig_secure_api_token: ref('var.token') })).toEqual([]);
  });
});

describe('[sysdig] validation paths and nulls', () => {
  it('[sysdig] HCL1 single-object blocks are addressed without [0]', () => {
    const issues = validateResourceConfig('sysdig_secure_policy', {
      ...policy2018,
      processes: { default: 'allow' },
    });
    expect(issues.map((issue) => issue.attribute)).toContain('processes.default');
  });

  it('[sysdig] null means unset', () => {
    expect(
      validateResourceConfig('sysdig_secure_custom_policy', {
        ...custom,
        scope: null,
        actions: null,
      }).filter((issue) => issue.severity === 'error'),
    ).toEqual([]);
    expect(
      validateResourceConfig('sysdig_secure_custom_policy', { ...custom, name: null }).map(
        (issue) => issue.code,
      ),
    ).toEqual(['missing-required']);
  });
});
