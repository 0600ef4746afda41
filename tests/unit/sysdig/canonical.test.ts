import { describe, expect, it } from 'vitest';
import {
  getResourceType,
  getResourceVariants,
  type TConfigObject,
  type TResourceDefinition,
} from '@/lib/sysdig/index.ts';

function definitionOf(type: string, variant?: string): TResourceDefinition {
  const found = variant
    ? getResourceVariants(type).find((definition) => definition.variant === variant)
    : getResourceType(type);
  if (!found) throw new Error(type);
  return found;
}

/** [title, type, config, live API object, plan shows no change?] — spec §5.2 rows. */
const rows: [string, string, TConfigObject, unknown, boolean][] = [
  [
    'policy notification_channels and rules are sets; defaults fill; type "" is falco; ns ÷ 1e9',
    'sysdig_secure_custom_policy',
    {
      name: 'p',
      description: 'd',
      notification_channels: [2, 1],
      rules: [{ name: 'b' }, { name: 'a' }],
      actions: [{ capture: [{ seconds_after_event: 1, seconds_before_event: 2, name: 'c' }] }],
    },
    {
      id: 1,
      version: 3,
      isDefault: false,
      name: 'p',
      description: 'd',
      severity: 4,
      enabled: true,
      type: '',
      runbook: '',
      origin: 'Secure UI',
      notificationChannelIds: [1, 2],
      rules: [
        { ruleName: 'a', enabled: true },
        { ruleName: 'b', enabled: true },
      ],
      ruleNames: ['a', 'b'],
      actions: [
        {
          afterEventNs: 1_500_000_000,
          beforeEventNs: 2_000_000_000,
          name: 'c',
          storageType: 'S3',
          folder: '/',
          isLimitedToContainer: false,
          type: 'POLICY_ACTION_CAPTURE',
        },
      ],
    },
    true,
  ],
  [
    'policy actions absent equals [] (PR #275)',
    'sysdig_secure_custom_policy',
    { name: 'p', description: 'd', actions: [{ kill_process: false }] },
    { name: 'p', description: 'd', severity: 4, enabled: true, type: 'falco', actions: [] },
    true,
  ],
  [
    'policy severity changed in Secure shows',
    'sysdig_secure_custom_policy',
    { name: 'p', description: 'd' },
    { name: 'p', description: 'd', severity: 2, enabled: true, type: 'falco', actions: [] },
    false,
  ],
  [
    'policy rule disabled in Secure shows',
    'sysdig_secure_custom_policy',
    { name: 'p', description: 'd', rules: [{ name: 'a' }] },
    {
      name: 'p',
      description: 'd',
      severity: 4,
      enabled: true,
      type: 'falco',
      rules: [{ ruleName: 'a', enabled: false }],
    },
    false,
  ],
  [
    'rule_falco priority from the API is uppercase',
    'sysdig_secure_rule_falco',
    { name: 'r', condition: 'c', output: 'o', source: 'syscall', priority: 'notice' },
    {
      name: 'r',
      tags: [],
      details: {
        condition: { condition: 'c' },
        output: 'o',
        source: 'syscall',
        priority: 'NOTICE',
        append: false,
      },
    },
    true,
  ],
  [
    'rule_falco tags compare as a sorted multiset',
    'sysdig_secure_rule_falco',
    { name: 'r', condition: 'c', output: 'o', source: 'syscall', tags: ['b', 'a'] },
    {
      name: 'r',
      tags: ['a', 'b'],
      details: {
        condition: { condition: 'c' },
        output: 'o',
        source: 'syscall',
        priority: 'WARNING',
      },
    },
    true,
  ],
  [
    'rule_falco exception values compare as parsed JSON',
    'sysdig_secure_rule_falco',
    {
      name: 'r',
      condition: 'c',
      output: 'o',
      source: 'syscall',
      exceptions: [{ name: 'e', fields: ['f'], comps: ['in'], values: '[ [ ["x", "y"] ] ]' }],
    },
    {
      name: 'r',
      tags: [],
      details: {
        condition: { condition: 'c' },
        output: 'o',
        source: 'syscall',
        priority: 'WARNING',
        exceptions: [{ name: 'e', fields: 'f', comps: ['in'], values: [[['x', 'y']]] }],
      },
    },
    true,
  ],
  [
    'rule_falco append null means false',
    'sysdig_secure_rule_falco',
    { name: 'r', condition: 'c', output: 'o', source: 'syscall' },
    {
      name: 'r',
      tags: [],
      details: {
        condition: { condition: 'c' },
        output: 'o',
        source: 'syscall',
        priority: 'WARNING',
        append: null,
      },
    },
    true,
  ],
  [
    'rule_falco output changed in Secure shows',
    'sysdig_secure_rule_falco',
    { name: 'r', condition: 'c', output: 'o', source: 'syscall' },
    {
      name: 'r',
      tags: [],
      details: {
        condition: { condition: 'c' },
        output: 'changed',
        source: 'syscall',
        priority: 'WARNING',
      },
    },
    false,
  ],
  [
    'list items are ordered',
    'sysdig_secure_list',
    { name: 'l', items: ['a', 'b'] },
    { name: 'l', items: { items: ['b', 'a'] }, append: false },
    false,
  ],
  [
    'list items are trimmed',
    'sysdig_secure_list',
    { name: 'l', items: [' a ', 'b'] },
    { name: 'l', items: { items: ['a', 'b'] }, append: false },
    true,
  ],
  [
    'email recipients are a set; send_test_notification is ignored',
    'sysdig_secure_notification_channel_email',
    { name: 'e', recipients: ['b@x', 'a@x'], send_test_notification: true },
    {
      notificationChannel: {
        type: 'EMAIL',
        name: 'e',
        enabled: true,
        options: {
          emailRecipients: ['a@x', 'b@x'],
          notifyOnOk: false,
          notifyOnResolve: false,
          sendTestNotification: false,
        },
      },
    },
    true,
  ],
  [
    'share_with_current_team is teamId != null',
    'sysdig_secure_notification_channel_email',
    { name: 'e', recipients: ['a@x'], share_with_current_team: true },
    {
      notificationChannel: {
        type: 'EMAIL',
        name: 'e',
        enabled: true,
        options: { emailRecipients: ['a@x'] },
      },
    },
    false,
  ],
  [
    'sns topics are a set',
    'sysdig_secure_notification_channel_sns',
    { name: 's', topics: ['b', 'a'] },
    {
      notificationChannel: {
        type: 'SNS',
        name: 's',
        enabled: true,
        options: { snsTopicARNs: ['a', 'b'] },
      },
    },
    true,
  ],
  [
    '2018 channel type compares uppercased; recipients trimmed',
    'sysdig_secure_notification_channel',
    {
      name: 'e',
      enabled: true,
      type: 'email',
      recipients: 'a@x , b@x',
      notify_when_ok: false,
      notify_when_resolved: false,
    },
    {
      notificationChannel: {
        type: 'EMAIL',
        name: 'e',
        enabled: true,
        options: { emailRecipients: ['a@x', 'b@x'], notifyOnOk: false, notifyOnResolve: false },
      },
    },
    true,
  ],
  [
    '2018 priorities: Read stores the full server list (perpetual diff, §2.4)',
    'sysdig_secure_policies_priority',
    { policies: ['3'] },
    { priorities: { policyIds: [3, 1, 2], version: 2 } },
    false,
  ],
];

describe('[sysdig] canonical agrees with terraform plan (spec §5.2)', () => {
  it.each(rows)('[sysdig] %s', (_title, type, config, live, isNoChange) => {
    const definition = definitionOf(type);
    const desired = definition.canonical(config);
    const actual = definition.canonical(definition.fromApi(live));
    if (isNoChange) expect(actual).toEqual(desired);
    else expect(actual).not.toEqual(desired);
  });

  it('[sysdig] canonical drops computed and write-only attributes', () => {
    const canonical = definitionOf('sysdig_secure_notification_channel_slack').canonical({
      name: 's',
      url: 'u',
      channel: 'c',
      send_test_notification: true,
    });
    expect(canonical).not.toHaveProperty('send_test_notification');
    expect(canonical).not.toHaveProperty('version');
  });

  it('[sysdig] 2018 policy: absent and empty nested blocks compare equal, other_paths case-insensitive', () => {
    const definition = definitionOf('sysdig_secure_policy', '2018');
    const base = {
      name: 'p',
      description: 'd',
      severity: 4,
      enabled: true,
      container_scope: true,
      host_scope: true,
      falco_rule_name_regex: 'x',
    };
    expect(
      definition.canonical({
        ...base,
        network: [{ listening_ports: [{ tcp: [{}] }] }],
        filesystem: [{ other_paths: 'ACCEPT' }],
      }),
    ).toEqual(
      definition.canonical({
        ...base,
        network: [{}],
        filesystem: [{ other_paths: 'accept', read: [] }],
      }),
    );
  });

  it('[sysdig] 2018 policy lists severity and nested blocks as never refreshed', () => {
    expect(definitionOf('sysdig_secure_policy', '2018').notRefreshed).toEqual([
      'severity',
      'actions',
      'processes',
      'containers',
      'syscalls',
      'network',
      'filesystem',
    ]);
  });

  it('[sysdig] unknown values are kept by canonical', () => {
    const unknown = {
      $unknown: true as const,
      references: ['sysdig_secure_list.x.id'],
      expression: 'sysdig_secure_list.x.id',
    };
    expect(
      definitionOf('sysdig_secure_custom_policy').canonical({
        name: 'p',
        description: 'd',
        notification_channels: [unknown, 1],
      }).notification_channels,
    ).toEqual([1, unknown]);
  });
});
