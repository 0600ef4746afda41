import { describe, expect, it } from 'vitest';
import {
  getResourceType,
  getResourceVariants,
  type TConfigObject,
  type TResourceDefinition,
} from '@/lib/sysdig/index.ts';
import { specFixture } from './spec-data.ts';

const noRefs = { resolveId: () => undefined };
const SERVER_OWNED = [
  'id',
  'version',
  'createdOn',
  'modifiedOn',
  'origin',
  'versionId',
  'filename',
  'warnings',
  'policyEventsCount',
  'isManual',
  'isBuiltin',
];

function withoutServerOwned(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !SERVER_OWNED.includes(key)));
}

function variant(type: string, name: string): TResourceDefinition {
  const found = getResourceVariants(type).find((definition) => definition.variant === name);
  if (!found) throw new Error(`${type}@${name} missing`);
  return found;
}

describe('[sysdig] fromApi of real and SDK responses round-trips through toApi', () => {
  it.each(['rule_create_response.real.json', 'rule_update_response.real.json'])(
    '[sysdig] rule_falco %s',
    (fixture) => {
      const live = specFixture(fixture) as Record<string, unknown>;
      const definition = getResourceType('sysdig_secure_rule_falco') as TResourceDefinition;
      const config = definition.fromApi(live);
      expect(config.priority).toBe('notice');
      const payload = definition.toApi(config, noRefs) as Record<string, unknown>;
      const details = live.details as Record<string, unknown>;
      // The provider sends what Read stored: priority lowercased, condition with components, append only when true.
      const expected = {
        ...withoutServerOwned(live),
        details: {
          allOutbound: false,
          allInbound: false,
          source: details.source,
          output: details.output,
          condition: {
            condition: (details.condition as { condition: string }).condition,
            components: [],
          },
          priority: 'notice',
          ruleType: 'FALCO',
        },
      };
      expect(payload).toEqual(expected);
      expect(definition.canonical(definition.fromApi(payload))).toEqual(
        definition.canonical(config),
      );
    },
  );

  it('[sysdig] v1.60 policy from policy_v2_sdk_spec_sample.json', () => {
    const live = specFixture('policy_v2_sdk_spec_sample.json') as Record<string, unknown>;
    const definition = variant('sysdig_secure_policy', 'v1.60');
    const config = definition.fromApi(live);
    const payload = definition.toApi(config, noRefs);
    const [capture] = live.actions as Record<string, unknown>[];
    const { filter: _filter, bucketName: _bucket, ...sentCapture } = capture ?? {};
    // Added by the provider: isDefault, type (default falco), runbook, templateId/Version; "" capture fields omitted.
    expect(payload).toEqual({
      ...withoutServerOwned(live),
      isDefault: false,
      actions: [sentCapture],
      type: 'falco',
      origin: '',
      runbook: '',
      templateId: 0,
      templateVersion: '',
    });
    expect(definition.canonical(definition.fromApi(payload))).toEqual(definition.canonical(config));
  });

  it('[sysdig] custom policy from policy_v2_sdk_spec_sample.json (ruleNames become enabled rules)', () => {
    const live = specFixture('policy_v2_sdk_spec_sample.json');
    const definition = getResourceType('sysdig_secure_custom_policy') as TResourceDefinition;
    const config = definition.fromApi(live);
    expect(config.rules).toEqual([{ name: 'Terminal shell in container', enabled: true }]);
    const payload = definition.toApi(config, noRefs) as Record<string, unknown>;
    expect(payload.ruleNames).toBeNull();
    expect(payload.rules).toEqual([{ ruleName: 'Terminal shell in container', enabled: true }]);
    expect(definition.canonical(definition.fromApi(payload))).toEqual(definition.canonical(config));
  });

  it('[sysdig] SEED policy from policy_v1_sdk_spec_sample.json', () => {
    const live = specFixture('policy_v1_sdk_spec_sample.json') as Record<string, unknown>;
    const definition = variant('sysdig_secure_policy', '2018');
    const config = definition.fromApi({ policy: live });
    const payload = definition.toApi(config, noRefs) as { policy: Record<string, unknown> };
    // Not representable in the 2018 schema: a second container action (PAUSE), isLimitedToContainer, msg;
    // server-owned: falcoConfiguration.fields/onDefault; an empty channel list is omitted (omitempty).
    const { notificationChannelIds: _ids, ...rest } = withoutServerOwned(live);
    expect(payload.policy).toEqual({
      ...rest,
      actions: [
        { type: 'POLICY_ACTION_STOP' },
        { afterEventNs: 18000000000, beforeEventNs: 5000000000, type: 'POLICY_ACTION_CAPTURE' },
      ],
      falcoConfiguration: { ruleNameRegEx: 'Launch Suspicious Network Tool on Host' },
    });
    expect(definition.canonical(definition.fromApi(payload))).toEqual(definition.canonical(config));
  });
});

/** Simulates the server: unwrap, echo with server fields; rules come back with priority uppercased (§7). */
function serverEcho(type: string, payload: unknown): unknown {
  if (type !== 'sysdig_secure_rule_falco') return payload;
  const rule = payload as { details: Record<string, unknown> };
  return {
    ...rule,
    id: 1,
    version: 1,
    origin: 'Secure UI',
    details: { ...rule.details, priority: String(rule.details.priority).toUpperCase() },
  };
}

const configs: [string, TConfigObject][] = [
  [
    'sysdig_secure_custom_policy',
    {
      name: 'p',
      description: 'd',
      rules: [{ name: 'b' }, { name: 'a', enabled: false }],
      notification_channels: [3, 1],
      actions: [
        {
          container: 'kill',
          kill_process: true,
          capture: [
            { seconds_after_event: 3, seconds_before_event: 2, name: 'c', bucket_name: 'bk' },
          ],
        },
      ],
    },
  ],
  [
    'sysdig_secure_rule_falco',
    {
      name: 'r',
      condition: 'evt.type=open',
      output: 'o',
      source: 'k8s_audit',
      priority: 'critical',
      tags: ['b', 'a'],
      exceptions: [{ name: 'e', fields: ['proc.name'], comps: ['in'], values: '[ [ ["x"] ] ]' }],
    },
  ],
  [
    'sysdig_secure_rule_falco',
    { name: 'r', condition: 'and x', append: true, minimum_engine_version: 9 },
  ],
  ['sysdig_secure_list', { name: 'l', items: ['b', 'a'] }],
  ['sysdig_secure_macro', { name: 'm', condition: 'c', append: true }],
  [
    'sysdig_secure_notification_channel_email',
    { name: 'e', recipients: ['b@x', 'a@x'], send_test_notification: true },
  ],
  [
    'sysdig_secure_notification_channel_webhook',
    {
      name: 'w',
      url: 'https://h',
      additional_headers: { A: '1' },
      allow_insecure_connections: true,
    },
  ],
  [
    'sysdig_secure_notification_channel_slack',
    {
      name: 's',
      url: 'https://hooks',
      channel: '#c',
      is_private_channel: true,
      private_channel_url: 'https://p',
      template_version: 'v1',
    },
  ],
  [
    'sysdig_secure_notification_channel_pagerduty',
    { name: 'p', account: 'a', service_key: 'k', service_name: 'n' },
  ],
  ['sysdig_secure_notification_channel_opsgenie', { name: 'o', api_key: 'k', region: 'EU' }],
  ['sysdig_secure_notification_channel_victorops', { name: 'v', api_key: 'k', routing_key: 'r' }],
  ['sysdig_secure_notification_channel_sns', { name: 's', topics: ['arn:b', 'arn:a'] }],
  [
    'sysdig_secure_notification_channel_msteams',
    { name: 't', url: 'https://teams', template_version: 'v2' },
  ],
  [
    'sysdig_secure_notification_channel_team_email',
    { name: 't', team_id: 5, include_admin_users: true },
  ],
  ['sysdig_secure_notification_channel_prometheus_alert_manager', { name: 'p', url: 'https://am' }],
  [
    'sysdig_secure_notification_channel',
    {
      name: 'e',
      enabled: true,
      type: 'email',
      recipients: 'a@x, b@x',
      notify_when_ok: true,
      notify_when_resolved: false,
    },
  ],
  [
    'sysdig_secure_notification_channel',
    {
      name: 'o',
      enabled: true,
      type: 'OPSGENIE',
      api_key: 'k-1',
      notify_when_ok: false,
      notify_when_resolved: false,
    },
  ],
  [
    'sysdig_secure_notification_channel',
    {
      name: 'p',
      enabled: true,
      type: 'PAGER_DUTY',
      account: 'a',
      service_key: 'k',
      service_name: 'n',
      notify_when_ok: false,
      notify_when_resolved: false,
    },
  ],
  ['sysdig_secure_user_rules_file', { content: '- list: x\n  items: []\n' }],
  [
    'sysdig_secure_policy',
    {
      name: 'p',
      description: 'd',
      severity: 2,
      enabled: true,
      container_scope: true,
      host_scope: false,
      falco_rule_name_regex: '.*',
      filter: 'f',
      notification_channels: ['2', '1'],
      actions: [
        { container: 'stop', capture: { seconds_before_event: '10', seconds_after_event: 20 } },
      ],
      network: [{ inbound: 'accept' }],
      filesystem: [{ other_paths: 'DENY', read: [{ whitelist: ['/a'] }] }],
    },
  ],
  [
    'sysdig_secure_policy',
    {
      name: 'p',
      description: 'd',
      rule_names: [' b', 'a'],
      type: 'k8s_audit',
      severity: 7,
      actions: [{ container: 'pause' }],
    },
  ],
];

describe('[sysdig] canonical(config) equals canonical(fromApi(echo(toApi(config))))', () => {
  it.each(configs)('[sysdig] %s %j', (type, config) => {
    const definition = getResourceType(type, config) as TResourceDefinition;
    const payload = definition.toApi(config, { resolveId: () => undefined, currentTeamId: 1 });
    expect(definition.canonical(definition.fromApi(serverEcho(type, payload)))).toEqual(
      definition.canonical(config),
    );
  });
});
