import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sharedPath } from '../../helpers/shared-fixtures.ts';
import { AppError } from '../../../lib/errors/app-error.ts';
import { decodeValue, formatHcl, parseHcl } from '../../../lib/hcl/index.ts';
import {
  generateImportModule,
  renderString,
  slugifyName,
  type TImportSnapshot,
} from '../../../lib/import/index.ts';
import { getResourceType, type TConfigObject } from '../../../lib/sysdig/index.ts';
import { evaluateGenerated, resolveGeneratedReferences } from './evaluate-generated.ts';

const channel = (
  id: number,
  type: string,
  name: string,
  options: Record<string, unknown> = {},
) => ({
  id,
  version: 1,
  type,
  name,
  enabled: true,
  options: { notifyOnOk: false, notifyOnResolve: false, sendTestNotification: false, ...options },
});
const policy = (id: number, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  version: 1,
  isDefault: false,
  name,
  description: 'd',
  severity: 4,
  enabled: true,
  ruleNames: [],
  rules: [],
  actions: [],
  notificationChannelIds: [],
  type: 'falco',
  origin: 'Secure UI',
  runbook: '',
  templateId: 0,
  templateVersion: '',
  ...extra,
});
const rule = (
  id: number,
  name: string,
  details: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) => ({
  id,
  version: 1,
  name,
  tags: [],
  origin: 'Secure UI',
  details: {
    ruleType: 'FALCO',
    source: 'syscall',
    output: 'o',
    priority: 'WARNING',
    condition: { condition: 'evt.type = open' },
    ...details,
  },
  ...extra,
});

function textOf(files: { path: string; text: string }[], path: string): string {
  return files.find((file) => file.path === path)?.text ?? '';
}

describe('[import] generateImportModule', () => {
  test('[import] classifies what it cannot or must not import, with reasons', () => {
    const snapshot: TImportSnapshot = {
      channels: [
        channel(1, 'GCHAT', 'Chat'),
        channel(2, 'EMAIL', 'Mail', { emailRecipients: ['a@b.c'] }),
      ],
      v2Policies: [
        policy(10, 'Old list matching', { type: 'list_matching' }),
        policy(11, 'Drift', { type: 'drift' }),
        policy(12, 'Templated', { templateId: 3 }),
        policy(13, 'Managed', { isDefault: true, origin: 'Sysdig' }),
        policy(14, 'Custom'),
      ],
      rules: [
        rule(20, 'Containers', {
          ruleType: 'CONTAINER',
          containers: { items: ['a'], matchItems: true },
        }),
        rule(21, 'Stateful', { ruleType: 'STATEFUL_SEQUENCE' }),
        rule(22, 'Built in', {}, { origin: 'Sysdig' }),
        rule(23, 'Mine'),
      ],
      lists: [
        { id: 30, name: 'builtin', items: { items: [] }, append: false, origin: 'Sysdig' },
        { id: 31, name: 'no_origin', items: { items: ['x'] }, append: false },
      ],
      macros: [
        { id: 40, name: 'm', condition: { condition: 'a' }, append: false, origin: 'Sysdig' },
      ],
    };
    const result = generateImportModule(snapshot);
    expect(result.skipped.map((item) => [item.kind, item.id, item.code])).toEqual([
      ['channel', '1', 'unsupported-channel-type'],
      ['policy', '10', 'unsupported-policy-type'],
      ['policy', '11', 'unsupported-policy-type'],
      ['policy', '12', 'template-policy'],
      ['list', '30', 'sysdig-owned'],
      ['macro', '40', 'sysdig-owned'],
      ['rule', '20', 'deprecated-rule-type'],
      ['rule', '21', 'unsupported-rule-type'],
      ['rule', '22', 'sysdig-owned'],
    ]);
    expect(result.skipped.find((item) => item.id === '12')?.reason).toContain('#736');
    expect(result.skipped.find((item) => item.id === '11')?.reason).toContain(
      'sysdig_secure_drift_policy',
    );
    expect(result.resources).toEqual([
      {
        address: 'sysdig_secure_notification_channel_email.mail',
        type: 'sysdig_secure_notification_channel_email',
        id: '2',
      },
      { address: 'sysdig_secure_list.no_origin', type: 'sysdig_secure_list', id: '31' },
      { address: 'sysdig_secure_rule_falco.mine', type: 'sysdig_secure_rule_falco', id: '23' },
      {
        address: 'sysdig_secure_custom_policy.custom',
        type: 'sysdig_secure_custom_policy',
        id: '14',
      },
      {
        address: 'sysdig_secure_managed_policy.managed',
        type: 'sysdig_secure_managed_policy',
        id: '13',
      },
    ]);
  });

  test('[import] names are unique snake_case slugs; output does not depend on input order', () => {
    const channels = [
      channel(3, 'EMAIL', 'Ops!', { emailRecipients: ['a@b.c'] }),
      channel(4, 'EMAIL', 'ops', { emailRecipients: ['a@b.c'] }),
      channel(5, 'EMAIL', '24x7 Team', { emailRecipients: ['a@b.c'] }),
      channel(6, 'EMAIL', '日本', { emailRecipients: ['a@b.c'] }),
      channel(7, 'EMAIL', 'SecOps Café', { emailRecipients: ['a@b.c'] }),
    ];
    const result = generateImportModule({ channels });
    expect(result.resources.map((item) => item.address.split('.')[1])).toEqual([
      '_24x7_team',
      'channel',
      'ops',
      'ops_2',
      'sec_ops_cafe',
    ]);
    expect(generateImportModule({ channels: [...channels].reverse() })).toEqual(result);
    expect(slugifyName('Write below /etc (by app)')).toBe('write_below_etc_by_app');
  });

  test('[import] existing resources are not generated again; references point at their address', () => {
    const snapshot: TImportSnapshot = {
      channels: [
        channel(1, 'EMAIL', 'Ops', { emailRecipients: ['a@b.c'] }),
        channel(2, 'EMAIL', 'Unnamed', { emailRecipients: ['a@b.c'] }),
      ],
      v2Policies: [
        policy(10, 'P', {
          notificationChannelIds: [1, 2, 99],
          rules: [{ ruleName: 'R', enabled: true }],
        }),
      ],
      rules: [rule(20, 'R')],
    };
    const result = generateImportModule(snapshot, {
      existing: [
        {
          type: 'sysdig_secure_notification_channel',
          naturalKey: 'Ops',
          address: 'sysdig_secure_notification_channel.legacy',
        },
        { type: 'sysdig_secure_notification_channel_email', naturalKey: 'Unnamed' },
        {
          type: 'sysdig_secure_rule_falco',
          naturalKey: 'R',
          address: 'sysdig_secure_rule_falco.r',
        },
      ],
      withVersions: false,
    });
    expect(result.resources.map((item) => item.address)).toEqual(['sysdig_secure_custom_policy.p']);
    expect(result.skipped.map((item) => [item.id, item.code])).toEqual([
      ['1', 'already-in-module'],
      ['2', 'already-in-module'],
      ['20', 'already-in-module'],
    ]);
    const policies = textOf(result.files, 'policies.tf');
    expect(policies).toContain(
      'notification_channels = [sysdig_secure_notification_channel.legacy.id, 2, 99]',
    );
    expect(policies).toContain('name = sysdig_secure_rule_falco.r.name');
    expect(result.files.map((file) => file.path)).toEqual(['policies.tf', 'imports.tf']);
  });

  test('[import] a rule name shared with append fragments references the base rule', () => {
    const result = generateImportModule({
      rules: [rule(1, 'Shell', { append: true, output: '', source: '' }), rule(2, 'Shell')],
      v2Policies: [policy(3, 'P', { rules: [{ ruleName: 'Shell', enabled: true }] })],
    });
    expect(result.resources.map((item) => `${item.address}=${item.id}`)).toEqual([
      'sysdig_secure_rule_falco.shell=1',
      'sysdig_secure_rule_falco.shell_2=2',
      'sysdig_secure_custom_policy.p=3',
    ]);
    expect(textOf(result.files, 'policies.tf')).toContain(
      'name = sysdig_secure_rule_falco.shell_2.name',
    );
  });

  test('[import] --types limits generation and reports skips for those kinds only; unknown types throw', () => {
    const snapshot: TImportSnapshot = {
      channels: [channel(1, 'GCHAT', 'Chat')],
      lists: [
        { id: 2, name: 'l', items: { items: ['a'] }, append: false },
        { id: 3, name: 's', items: { items: [] }, append: false, origin: 'Sysdig' },
      ],
    };
    const result = generateImportModule(snapshot, { types: ['sysdig_secure_list'] });
    expect(result.resources.map((item) => item.address)).toEqual(['sysdig_secure_list.l']);
    expect(result.skipped.map((item) => item.id)).toEqual(['3']);
    expect(() => generateImportModule(snapshot, { types: ['sysdig_secure_policy'] })).toThrow(
      AppError,
    );
    expect(generateImportModule({}).files.map((file) => file.path)).toEqual(['versions.tf']);
    expect(generateImportModule({}, { withVersions: false }).files).toEqual([]);
  });

  test('[import] every current channel type round-trips through the generated HCL, secrets as variables', () => {
    const samples: Record<string, TConfigObject> = {
      sysdig_secure_notification_channel_email: { name: 'E', recipients: ['a@b.c'] },
      sysdig_secure_notification_channel_webhook: {
        name: 'W',
        url: 'https://w/secret-1',
        additional_headers: { 'X-Key': 'secret-2' },
        allow_insecure_connections: true,
      },
      sysdig_secure_notification_channel_slack: {
        name: 'S',
        url: 'https://s/secret-3',
        channel: '#c',
        is_private_channel: true,
        private_channel_url: 'https://p/secret-4',
        template_version: 'v1',
      },
      sysdig_secure_notification_channel_pagerduty: {
        name: 'P',
        account: 'a',
        service_key: 'secret-5',
        service_name: 's',
      },
      sysdig_secure_notification_channel_opsgenie: { name: 'O', api_key: 'secret-6', region: 'EU' },
      sysdig_secure_notification_channel_victorops: {
        name: 'V',
        api_key: 'secret-7',
        routing_key: 'secret-8',
      },
      sysdig_secure_notification_channel_sns: {
        name: 'N',
        topics: ['arn:aws:sns:1', 'arn:aws:sns:2'],
      },
      sysdig_secure_notification_channel_msteams: {
        name: 'M',
        url: 'https://m/secret-9',
        template_version: 'v2',
      },
      sysdig_secure_notification_channel_team_email: {
        name: 'T',
        team_id: 7,
        include_admin_users: true,
      },
      sysdig_secure_notification_channel_prometheus_alert_manager: {
        name: 'A',
        url: 'https://a/alerts',
        additional_headers: { h: 'secret-11' },
      },
    };
    const lives = Object.entries(samples).map(([type, config], index) => {
      const definition = getResourceType(type);
      const payload = definition?.toApi(config, {
        resolveId: () => undefined,
        currentTeamId: 1,
      }) as { notificationChannel: Record<string, unknown> };
      return { ...payload.notificationChannel, id: index + 1, version: 1 };
    });
    const result = generateImportModule({ channels: lives });
    expect(result.resources.map((item) => item.type).sort()).toEqual(Object.keys(samples).sort());
    const all = result.files.map((file) => file.text).join('\n');
    expect(all).not.toMatch(/secret-\d/);
    const tfvars = Object.fromEntries(
      result.variables.map((variable) => {
        const resource = result.resources.find((item) => item.address === variable.address);
        const config = samples[resource?.type ?? ''] ?? {};
        return [variable.name, config[variable.attribute] ?? null];
      }),
    );
    const { resources, diagnostics } = evaluateGenerated(result.files, tfvars);
    expect(diagnostics.filter((item) => item.severity === 'error')).toEqual([]);
    for (const resource of resources) {
      const definition = getResourceType(resource.type);
      const live =
        lives[Number(result.resources.find((item) => item.address === resource.address)?.id) - 1];
      if (!definition) throw new Error(resource.type);
      const config = resolveGeneratedReferences(
        resource.config,
        () => undefined,
        () => undefined,
      ) as TConfigObject;
      expect(definition.canonical(config), resource.address).toEqual(
        definition.canonical(definition.fromApi(live)),
      );
    }
  });
  test('[import] real captured Secure responses round-trip through the generated HCL', () => {
    const read = (name: string) =>
      JSON.parse(readFileSync(sharedPath('spec', 'fixtures', name), 'utf8')) as Record<
        string,
        unknown
      >;
    // The two captures are one rule (create, then update): give the second its own id.
    const rules = [
      read('rule_create_response.real.json'),
      { ...read('rule_update_response.real.json'), id: 1 },
    ];
    const sample = { ...read('policy_v2_sdk_spec_sample.json'), id: 5, version: 3 };
    const result = generateImportModule({ rules, v2Policies: [sample] });
    expect(result.resources.map((item) => item.type)).toEqual([
      'sysdig_secure_rule_falco',
      'sysdig_secure_rule_falco',
      'sysdig_secure_custom_policy',
    ]);
    const { resources, diagnostics } = evaluateGenerated(result.files, {});
    expect(diagnostics.filter((item) => item.severity === 'error')).toEqual([]);
    for (const resource of resources) {
      const id = result.resources.find((item) => item.address === resource.address)?.id;
      const live = [...rules, sample].find((object) => String(object.id) === id);
      const definition = getResourceType(resource.type);
      if (!definition || !live) throw new Error(resource.address);
      expect(definition.canonical(resource.config), resource.address).toEqual(
        definition.canonical(definition.fromApi(live)),
      );
    }
  });
});

describe('[import] renderString', () => {
  const decode = (text: string, indent = '  ') => {
    const parsed = parseHcl(`r {\n${indent}x = ${text}\n}\n`);
    expect(parsed.diagnostics).toEqual([]);
    return parsed;
  };
  test.each([
    ['one line', 'a "quoted" ${x} %{y}'],
    ['final newline', 'a\n  b\n'],
    ['no final newline', 'a\n  b'],
    ['every line indented (plain heredoc)', '  a\n    b\n'],
    ['blank and whitespace-only lines', 'a\n\n   \nb\n'],
    ['marker clash', 'EOT\n  EOT2\nx\n'],
    ['template sequences', '${a} and %{b}\n$${c}\n'],
    ['carriage return (quoted)', 'a\r\nb\r\n'],
    ['tabs', '\ta\nb\t\n'],
  ])('[import] %s round-trips', (_label, value) => {
    const text = renderString(value, '  ');
    const wrapped = `r {\n  x = ${text}\n}\n`;
    expect(formatHcl(wrapped)).toBe(wrapped);
    const expression = decode(text).blocks[0]?.body.items[0];
    if (expression?.kind !== 'attribute') throw new Error('no attribute');
    const node =
      expression.expression.kind === 'function-call'
        ? expression.expression.args[0]
        : expression.expression;
    const decoded = node ? decodeValue(node) : undefined;
    const value2 = decoded?.kind === 'string' ? decoded.value : undefined;
    const isChomp = expression.expression.kind === 'function-call';
    expect(isChomp ? value2?.replace(/\n+$/, '') : value2).toBe(value);
    if (value.includes('\n') && !value.includes('\r')) expect(text).toMatch(/<<-?EOT/);
  });
});
