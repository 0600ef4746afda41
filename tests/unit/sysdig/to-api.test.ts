import { describe, expect, it } from 'vitest';
import {
  findUnresolved,
  getResourceType,
  toGoJson,
  type TConfigObject,
} from '@/lib/sysdig/index.ts';
import { ref, refsFrom, specBody, specInlineExample } from './spec-data.ts';

const sample2: TConfigObject = {
  name: 'Other example of Policy',
  description: 'this is other example of policy',
  severity: 4,
  enabled: true,
  container_scope: true,
  host_scope: true,
  processes: [{ default: 'accept', whitelist: ['mysql', 'apache'], blacklist: ['ssh'] }],
  containers: [{ default: 'none', whitelist: ['cassandra'], blacklist: ['mongo'] }],
  network: [
    {
      inbound: 'accept',
      outbound: 'deny',
      listening_ports: [
        {
          default: 'none',
          tcp: [{ whitelist: [80, 443], blacklist: [8080, 5000] }],
          udp: [{ whitelist: [53, 4000], blacklist: [3400, 543] }],
        },
      ],
    },
  ],
  filesystem: [
    {
      read: [{ whitelist: ['/home'], blacklist: ['/etc'] }],
      readwrite: [{ whitelist: ['/home'], blacklist: ['/tmp'] }],
      other_paths: 'none',
    },
  ],
  syscalls: [{ default: 'accept', whitelist: ['accept', 'close'], blacklist: ['bind', 'bpf'] }],
  notification_channels: [ref('sysdig_secure_notification_channel.sample-victorops.id')],
  falco_rule_name_regex: 'Unexpected spawned process traefik',
};

/** The same policy written in Terraform 0.11 (HCL1) object syntax: `processes = { … }`. */
const sample2Legacy: TConfigObject = {
  ...sample2,
  processes: { default: 'accept', whitelist: ['mysql', 'apache'], blacklist: ['ssh'] },
  network: {
    inbound: 'accept',
    outbound: 'deny',
    listening_ports: {
      default: 'none',
      tcp: { whitelist: [80, 443], blacklist: [8080, 5000] },
      udp: [{ whitelist: [53, 4000], blacklist: [3400, 543] }],
    },
  },
  filesystem: {
    read: { whitelist: ['/home'], blacklist: ['/etc'] },
    readwrite: { whitelist: ['/home'], blacklist: ['/tmp'] },
    other_paths: 'none',
  },
};

function withActionsAfterEnabled(body: unknown, actions: unknown[]): unknown {
  const policy = (body as { policy: Record<string, unknown> }).policy;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(policy)) {
    result[key] = value;
    if (key === 'enabled') result.actions = actions;
  }
  return { policy: result };
}

const ids = refsFrom(
  {
    'sysdig_secure_notification_channel.sample-victorops.id': 10001,
    'sysdig_secure_notification_channel_email.ops.id': 12345,
  },
  10001,
);

interface TCase {
  readonly title: string;
  readonly type: string;
  readonly config: TConfigObject;
  readonly expected: unknown;
  readonly target?: { id?: number; version?: number; live?: unknown };
}

const cases: TCase[] = [
  {
    title: 'SEED sample2 v1 policy (§2.1)',
    type: 'sysdig_secure_policy',
    config: sample2,
    expected: specBody('Other example of Policy'),
  },
  {
    title: 'SEED sample2 in HCL1 object syntax',
    type: 'sysdig_secure_policy',
    config: sample2Legacy,
    expected: specBody('Other example of Policy'),
  },
  {
    title: 'SEED sample2 with pause + capture actions right after enabled',
    type: 'sysdig_secure_policy',
    config: {
      ...sample2,
      actions: [
        { container: 'pause', capture: { seconds_before_event: '60', seconds_after_event: '60' } },
      ],
    },
    expected: withActionsAfterEnabled(specBody('Other example of Policy'), [
      { type: 'POLICY_ACTION_PAUSE' },
      { afterEventNs: 60000000000, beforeEventNs: 60000000000, type: 'POLICY_ACTION_CAPTURE' },
    ]),
  },
  {
    title: 'SEED OPSGENIE channel with the api_key URL trick (§2.2)',
    type: 'sysdig_secure_notification_channel',
    config: {
      name: 'Example Channel - OpsGenie',
      enabled: true,
      type: 'opsgenie',
      api_key: '2349324-342354353-5324-23',
      notify_when_ok: false,
      notify_when_resolved: false,
    },
    expected: specBody('Example Channel - OpsGenie'),
  },
  {
    title: 'custom policy example (§4.1)',
    type: 'sysdig_secure_custom_policy',
    config: {
      name: 'Write apt database',
      description: 'an attempt to write to the dpkg database by any non-dpkg related program',
      scope: 'container.id != ""',
      runbook: 'https://runbook.com',
      rules: [{ name: 'Terminal shell in container', enabled: true }],
      actions: [
        {
          container: 'stop',
          capture: [{ seconds_after_event: 10, seconds_before_event: 5, name: 'cap1' }],
        },
      ],
      notification_channels: [ref('sysdig_secure_notification_channel_email.ops.id')],
    },
    expected: specBody('Write apt database'),
  },
  {
    title: 'rule_falco example (§4.3)',
    type: 'sysdig_secure_rule_falco',
    config: {
      name: 'Terminal shell in container',
      description:
        'A shell was used as the entrypoint/exec point into a container with an attached terminal.',
      tags: ['container', 'shell', 'mitre_execution'],
      condition:
        'spawned_process and container and shell_procs and proc.tty != 0 and container_entrypoint',
      output:
        'A shell was spawned in a container with an attached terminal (user=%user.name %container.info shell=%proc.name parent=%proc.pname cmdline=%proc.cmdline terminal=%proc.tty container_id=%container.id image=%container.image.repository)',
      priority: 'notice',
      source: 'syscall',
      exceptions: [
        {
          name: 'proc_names',
          fields: ['proc.name'],
          comps: ['in'],
          values: JSON.stringify([[['python', 'python2', 'python3']]]),
        },
      ],
    },
    expected: specBody('"Terminal shell in container","description":"A shell was used'),
  },
  {
    title: 'rule_falco minimal append (§4.3)',
    type: 'sysdig_secure_rule_falco',
    config: { name: 'Change thread namespace', condition: 'and not proc.name=foo', append: true },
    expected: specBody('Change thread namespace'),
  },
  {
    title: 'list example (§4.4)',
    type: 'sysdig_secure_list',
    config: { name: 'allowed_dev_files', items: [' /dev/null', '/dev/stdin '], append: true },
    expected: specInlineExample('allowed_dev_files'),
  },
  {
    title: 'macro example (§4.5)',
    type: 'sysdig_secure_macro',
    config: { name: 'web_port', condition: 'fd.sport=80' },
    expected: specInlineExample('web_port'),
  },
  {
    title: 'email channel example (§4.6)',
    type: 'sysdig_secure_notification_channel_email',
    config: {
      name: 'Example Channel - Email',
      recipients: ['foo@localhost.com', 'bar@localhost.com'],
    },
    expected: specBody('Example Channel - Email'),
  },
  {
    title: 'webhook channel example (§4.6)',
    type: 'sysdig_secure_notification_channel_webhook',
    config: {
      name: 'Example Channel - Webhook',
      url: 'localhost:8080',
      custom_data: { data1: 'value1', data2: 'value2' },
    },
    expected: specBody('Example Channel - Webhook'),
  },
  {
    title: 'slack channel example with share_with_current_team (§4.6)',
    type: 'sysdig_secure_notification_channel_slack',
    config: {
      name: 'Example Channel - Slack',
      url: 'https://hooks.slack.com/services/XXX/XXX/XXX',
      channel: '#sysdig',
      template_version: 'v2',
      share_with_current_team: true,
      send_test_notification: false,
    },
    expected: specBody('Example Channel - Slack'),
  },
  {
    title: 'list update body: id and version after append (§4.4)',
    type: 'sysdig_secure_list',
    config: { name: 'l', items: ['a'] },
    target: { id: 7, version: 3 },
    expected: { name: 'l', items: { items: ['a'] }, append: false, id: 7, version: 3 },
  },
  {
    title: 'macro update body: id and version first (Go struct order)',
    type: 'sysdig_secure_macro',
    config: { name: 'm', condition: 'x', minimum_engine_version: 12 },
    target: { id: 7, version: 3 },
    expected: {
      id: 7,
      version: 3,
      name: 'm',
      condition: { condition: 'x' },
      append: false,
      minimumEngineVersion: 12,
    },
  },
  {
    title: 'v1 priorities: configured ++ server, deduplicated, server version (§2.4)',
    type: 'sysdig_secure_policies_priority',
    config: { policies: ['3', ref('sysdig_secure_policy.sample.id')] },
    target: {
      live: { priorities: { policyIds: [1, 2, 3, 4], version: 7, createdOn: 1, modifiedOn: 2 } },
    },
    expected: { priorities: { version: 7, policyIds: [3, 1, 2, 4] } },
  },
  {
    title: 'user rules file: content with the version of the preceding GET (§2.3)',
    type: 'sysdig_secure_user_rules_file',
    config: { content: '- rule: x\n' },
    target: { live: { userRulesFile: { content: 'old', version: 4 } } },
    expected: { userRulesFile: { content: '- rule: x\n', version: 4 } },
  },
];

describe('[sysdig] toApi reproduces the spec request bodies', () => {
  it.each(cases)('[sysdig] $title', ({ type, config, expected, target }) => {
    const definition = getResourceType(type, config);
    expect(definition).toBeDefined();
    const refs = refsFrom(
      {
        'sysdig_secure_notification_channel.sample-victorops.id': 10001,
        'sysdig_secure_notification_channel_email.ops.id': 12345,
        'sysdig_secure_policy.sample.id': 1,
      },
      10001,
    );
    const payload = definition?.toApi(config, refs, target);
    expect(JSON.stringify(payload)).toBe(JSON.stringify(expected));
  });
});

describe('[sysdig] toApi update bodies and unresolved references', () => {
  it('[sysdig] custom policy update puts id first and version after scope (§4.1)', () => {
    const config = { name: 'p', description: 'd', scope: 's' };
    const body = getResourceType('sysdig_secure_custom_policy')?.toApi(config, ids, {
      id: 5,
      version: 2,
    }) as Record<string, unknown>;
    const keys = Object.keys(body);
    expect(keys[0]).toBe('id');
    expect(keys[keys.indexOf('scope') + 1]).toBe('version');
  });

  it('[sysdig] an unresolved channel id becomes a known-after-apply marker', () => {
    const config = {
      name: 'p',
      description: 'd',
      notification_channels: [ref('sysdig_secure_notification_channel_slack.new.id'), 3],
    };
    const body = getResourceType('sysdig_secure_custom_policy')?.toApi(
      config,
      refsFrom({}),
    ) as Record<string, unknown>;
    expect(body.notificationChannelIds).toEqual([
      {
        $unknown: true,
        references: ['sysdig_secure_notification_channel_slack.new.id'],
        expression: 'sysdig_secure_notification_channel_slack.new.id',
      },
      3,
    ]);
    expect(findUnresolved(body)).toEqual(['notificationChannelIds[0]']);
  });

  it('[sysdig] share_with_current_team without a known team gives a marker', () => {
    const body = getResourceType('sysdig_secure_notification_channel_email')?.toApi(
      { name: 'e', recipients: ['a@b'], share_with_current_team: true },
      refsFrom({}),
    );
    expect(findUnresolved(body)).toEqual(['notificationChannel.teamId']);
  });

  it('[sysdig] managed policy body is the live managed policy with our fields (§4.7)', () => {
    const live = {
      id: 9,
      version: 4,
      isDefault: true,
      name: 'Sysdig Runtime Threat Detection',
      description: 'managed',
      severity: 2,
      enabled: false,
      ruleNames: ['A', 'B'],
      rules: [
        { ruleName: 'A', enabled: true },
        { ruleName: 'B', enabled: true },
      ],
      actions: [],
      notificationChannelIds: [],
      type: 'falco',
      origin: 'Sysdig',
      runbook: '',
      templateId: 77,
      templateVersion: '1.2',
      versionId: '0.0.0',
      createdOn: 1,
    };
    const body = getResourceType('sysdig_secure_managed_policy')?.toApi(
      { name: 'Sysdig Runtime Threat Detection', disabled_rules: ['B'], scope: 'x' },
      ids,
      { live },
    );
    expect(JSON.stringify(body)).toBe(
      JSON.stringify({
        id: 9,
        isDefault: true,
        name: 'Sysdig Runtime Threat Detection',
        description: 'managed',
        severity: 2,
        enabled: true,
        ruleNames: ['A', 'B'],
        rules: [
          { ruleName: 'A', enabled: true },
          { ruleName: 'B', enabled: false },
        ],
        actions: [],
        scope: 'x',
        version: 4,
        notificationChannelIds: [],
        type: 'falco',
        origin: 'Sysdig',
        runbook: '',
        templateId: 77,
        templateVersion: '1.2',
      }),
    );
    const pending = getResourceType('sysdig_secure_managed_policy')?.toApi({ name: 'M' }, ids);
    expect(findUnresolved(pending)).toContain('rules');
  });

  it('[sysdig] toApi refuses an invalid configuration', () => {
    expect(() => getResourceType('sysdig_secure_list')?.toApi({ name: 'x' }, ids)).toThrow(/items/);
  });
});

describe('[sysdig] wire bytes', () => {
  it('[sysdig] toGoJson of a body escapes <, > and & in conditions like Go (§4.1)', () => {
    const body = getResourceType('sysdig_secure_macro')?.toApi(
      { name: 'm', condition: 'fd.sport < 1024 and fd.sport > 0 & x' },
      ids,
    );
    expect(toGoJson(body)).toBe(
      '{"name":"m","condition":{"condition":"fd.sport \\u003c 1024 and fd.sport \\u003e 0 \\u0026 x"},"append":false}',
    );
  });

  it('[sysdig] v2 policies send only the first capture block (addActionsToPolicy reads capture.0)', () => {
    const config = {
      name: 'p',
      description: 'd',
      actions: [
        {
          kill_process: true,
          container: 'pause',
          capture: [
            { name: 'a', seconds_after_event: 0, seconds_before_event: 1 },
            { name: 'b', seconds_after_event: 1, seconds_before_event: 1 },
          ],
        },
      ],
    };
    const body = getResourceType('sysdig_secure_custom_policy')?.toApi(config, ids) as {
      actions: unknown[];
    };
    expect(JSON.stringify(body.actions)).toBe(
      JSON.stringify([
        { isLimitedToContainer: false, type: 'POLICY_ACTION_KILL_PROCESS' },
        { isLimitedToContainer: false, type: 'POLICY_ACTION_PAUSE' },
        {
          beforeEventNs: 1000000000,
          name: 'a',
          storageType: 'S3',
          folder: '/',
          isLimitedToContainer: false,
          type: 'POLICY_ACTION_CAPTURE',
        },
      ]),
    );
  });
});
