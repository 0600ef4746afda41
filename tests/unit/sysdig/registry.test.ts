import { describe, expect, it } from 'vitest';
import {
  detectPolicyShape,
  getResourceType,
  isSysdigType,
  listResourceTypes,
  toGoJson,
  mergePriorities,
} from '@/lib/sysdig/index.ts';

const CURRENT_CHANNELS = [
  'email',
  'webhook',
  'slack',
  'pagerduty',
  'opsgenie',
  'victorops',
  'sns',
  'msteams',
  'team_email',
  'prometheus_alert_manager',
].map((suffix) => `sysdig_secure_notification_channel_${suffix}`);

describe('[sysdig] registry', () => {
  it('[sysdig] lists every type of both eras, sysdig_secure_policy twice', () => {
    const entries = listResourceTypes().map(
      (definition) => `${definition.type}@${definition.variant}`,
    );
    expect(entries).toEqual(
      expect.arrayContaining([
        'sysdig_secure_policy@2018',
        'sysdig_secure_policy@v1.60',
        'sysdig_secure_notification_channel@2018',
        'sysdig_secure_user_rules_file@2018',
        'sysdig_secure_policies_priority@2018',
        'sysdig_secure_custom_policy@current',
        'sysdig_secure_managed_policy@current',
        'sysdig_secure_managed_ruleset@current',
        'sysdig_secure_rule_falco@current',
        'sysdig_secure_list@current',
        'sysdig_secure_macro@current',
        ...CURRENT_CHANNELS.map((type) => `${type}@current`),
      ]),
    );
    expect(entries).toHaveLength(21);
  });

  it('[sysdig] other types are not an error: undefined and no issues', () => {
    expect(getResourceType('aws_s3_bucket')).toBeUndefined();
    expect(getResourceType('sysdig_monitor_alert_v2_metric')).toBeUndefined();
    expect(isSysdigType('aws_s3_bucket')).toBe(false);
    expect(isSysdigType('sysdig_secure_macro')).toBe(true);
  });

  it.each([
    ['sysdig_secure_rule_falco', ['name']],
    ['sysdig_secure_list', ['name']],
    ['sysdig_secure_macro', ['name']],
    ['sysdig_secure_notification_channel_slack', ['is_private_channel', 'private_channel_url']],
    ['sysdig_secure_managed_ruleset', ['inherited_from']],
    ['sysdig_secure_custom_policy', []],
    ['sysdig_secure_notification_channel_email', []],
    ['sysdig_secure_policy', []],
  ])('[sysdig] ForceNew of %s (§5.1)', (type, expected) => {
    expect(getResourceType(type)?.forceNew).toEqual(expected);
  });

  it.each([
    ['sysdig_secure_notification_channel_slack', ['url', 'private_channel_url']],
    ['sysdig_secure_notification_channel_webhook', ['url', 'additional_headers']],
    ['sysdig_secure_notification_channel_pagerduty', ['service_key']],
    ['sysdig_secure_notification_channel_opsgenie', ['api_key']],
    ['sysdig_secure_notification_channel_victorops', ['api_key', 'routing_key']],
    ['sysdig_secure_notification_channel', ['api_key', 'routing_key', 'url', 'service_key']],
  ])('[sysdig] sensitive attributes of %s', (type, expected) => {
    expect(getResourceType(type)?.sensitive).toEqual(expected);
  });

  it('[sysdig] apply order: channels < lists < macros < rules < policies < priorities', () => {
    const rank = (type: string) => getResourceType(type)?.applyOrder ?? -1;
    const order = [
      'sysdig_secure_notification_channel_email',
      'sysdig_secure_list',
      'sysdig_secure_macro',
      'sysdig_secure_rule_falco',
      'sysdig_secure_custom_policy',
      'sysdig_secure_policies_priority',
    ];
    expect(order.map(rank)).toEqual([...order.map(rank)].sort((a, b) => a - b));
    expect(getResourceType('sysdig_secure_custom_policy')?.dependsOnTypes).toEqual(
      expect.arrayContaining([...CURRENT_CHANNELS, 'sysdig_secure_rule_falco']),
    );
    expect(getResourceType('sysdig_secure_policies_priority')?.dependsOnTypes).toEqual([
      'sysdig_secure_policy',
    ]);
  });

  it('[sysdig] metadata carries defaults, enums, references, write-only and computed flags', () => {
    const custom = getResourceType('sysdig_secure_custom_policy');
    const severity = custom?.attributes.find((meta) => meta.name === 'severity');
    expect(severity).toMatchObject({ default: 4, min: 0, max: 7, kind: 'number' });
    expect(
      custom?.attributes.find((meta) => meta.name === 'notification_channels')?.reference?.types,
    ).toEqual(expect.arrayContaining(CURRENT_CHANNELS));
    expect(custom?.attributes.find((meta) => meta.name === 'version')?.computed).toBe(true);
    const priority = getResourceType('sysdig_secure_rule_falco')?.attributes.find(
      (meta) => meta.name === 'priority',
    );
    expect(priority).toMatchObject({
      default: 'warning',
      enumValues: ['emergency', 'alert', 'critical', 'error', 'warning', 'notice', 'info', 'debug'],
    });
    const test = getResourceType('sysdig_secure_notification_channel_email')?.attributes.find(
      (meta) => meta.name === 'send_test_notification',
    );
    expect(test?.writeOnly).toBe(true);
    expect(getResourceType('sysdig_secure_policies_priority')?.attributes[0]?.reference).toEqual({
      types: ['sysdig_secure_policy'],
      attribute: 'id',
    });
  });

  it('[sysdig] natural keys: names, singletons constant', () => {
    expect(getResourceType('sysdig_secure_list')?.naturalKey({ name: 'x', items: [] })).toBe('x');
    expect(getResourceType('sysdig_secure_user_rules_file')?.naturalKey({ content: 'a' })).toBe(
      getResourceType('sysdig_secure_user_rules_file')?.naturalKey({ content: 'b' }),
    );
    expect(getResourceType('sysdig_secure_policies_priority')?.singleton).toBe(true);
  });

  it('[sysdig] the schema fills the provider defaults', () => {
    expect(
      getResourceType('sysdig_secure_rule_falco')?.schema.parse({
        name: 'r',
        condition: 'c',
        output: 'o',
        source: 'syscall',
      }),
    ).toMatchObject({ priority: 'warning', append: false, description: '' });
    expect(
      getResourceType('sysdig_secure_custom_policy')?.schema.parse({ name: 'p', description: 'd' }),
    ).toMatchObject({ enabled: true, severity: 4, type: 'falco', scope: '', runbook: '' });
  });
});

describe('[sysdig] detectPolicyShape', () => {
  it.each([
    [
      { name: 'p', falco_rule_name_regex: 'x', container_scope: true, host_scope: true },
      '2018',
      /falco_rule_name_regex/,
    ],
    [{ name: 'p', processes: { default: 'accept' } }, '2018', /processes/],
    [
      { name: 'p', actions: [{ capture: { seconds_before_event: 1, seconds_after_event: 1 } }] },
      '2018',
      /capture \(map\)/,
    ],
    [{ name: 'p', rule_names: ['a'], type: 'falco' }, 'v1.60', /rule_names, type/],
    [{ name: 'p', scope: 'x', runbook: 'r' }, 'v1.60', /scope, runbook/],
    [
      {
        name: 'p',
        actions: [{ capture: [{ name: 'c', seconds_before_event: 1, seconds_after_event: 1 }] }],
      },
      'v1.60',
      /capture\.name/,
    ],
    [{ name: 'p', description: 'd' }, 'v1.60', /no schema-specific attribute/],
    [{ name: 'p', falco_rule_name_regex: 'x', rule_names: ['a'] }, '2018', /also has rule_names/],
  ])('[sysdig] %j is %s', (config, shape, reason) => {
    const detected = detectPolicyShape(config);
    expect(detected.shape).toBe(shape);
    expect(detected.reason).toMatch(reason);
    expect(getResourceType('sysdig_secure_policy', config)?.variant).toBe(shape);
  });
});

describe('[sysdig] helpers', () => {
  it('[sysdig] mergePriorities keeps configured first and dedupes', () => {
    expect(mergePriorities([5, 2], [1, 2, 3, 5, 4])).toEqual([5, 2, 1, 3, 4]);
    expect(mergePriorities([], [1, 2])).toEqual([1, 2]);
  });

  it('[sysdig] toGoJson escapes like Go encoding/json', () => {
    expect(toGoJson({ scope: 'a < b && c > d' })).toBe(
      '{"scope":"a \\u003c b \\u0026\\u0026 c \\u003e d"}',
    );
  });
});
