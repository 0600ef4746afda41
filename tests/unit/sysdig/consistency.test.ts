import { describe, expect, it } from 'vitest';
import { listResourceTypes, type TAttributeMeta, type TConfigObject } from '@/lib/sysdig/index.ts';

/** A minimal valid configuration per definition (type@variant). */
const MINIMAL: Record<string, TConfigObject> = {
  'sysdig_secure_policy@2018': {
    name: 'p',
    description: 'd',
    severity: 4,
    enabled: true,
    container_scope: true,
    host_scope: true,
    falco_rule_name_regex: 'x',
  },
  'sysdig_secure_policy@v1.60': { name: 'p', description: 'd' },
  'sysdig_secure_notification_channel@2018': {
    name: 'c',
    enabled: true,
    type: 'WEBHOOK',
    url: 'u',
    notify_when_ok: false,
    notify_when_resolved: false,
  },
  'sysdig_secure_user_rules_file@2018': { content: '' },
  'sysdig_secure_policies_priority@2018': { policies: [] },
  'sysdig_secure_custom_policy@current': { name: 'p', description: 'd' },
  'sysdig_secure_managed_policy@current': { name: 'p' },
  'sysdig_secure_managed_ruleset@current': {
    name: 'p',
    description: 'd',
    inherited_from: [{ name: 'm' }],
  },
  'sysdig_secure_rule_falco@current': { name: 'r', condition: 'c', output: 'o', source: 'syscall' },
  'sysdig_secure_list@current': { name: 'l', items: [] },
  'sysdig_secure_macro@current': { name: 'm', condition: 'c' },
  'sysdig_secure_notification_channel_email@current': { name: 'c', recipients: ['a@b'] },
  'sysdig_secure_notification_channel_webhook@current': { name: 'c', url: 'u' },
  'sysdig_secure_notification_channel_slack@current': { name: 'c', url: 'u', channel: '#c' },
  'sysdig_secure_notification_channel_pagerduty@current': {
    name: 'c',
    account: 'a',
    service_key: 'k',
    service_name: 'n',
  },
  'sysdig_secure_notification_channel_opsgenie@current': { name: 'c', api_key: 'k' },
  'sysdig_secure_notification_channel_victorops@current': {
    name: 'c',
    api_key: 'k',
    routing_key: 'r',
  },
  'sysdig_secure_notification_channel_sns@current': { name: 'c', topics: ['t'] },
  'sysdig_secure_notification_channel_msteams@current': { name: 'c', url: 'u' },
  'sysdig_secure_notification_channel_team_email@current': { name: 'c', team_id: 1 },
  'sysdig_secure_notification_channel_prometheus_alert_manager@current': { name: 'c', url: 'u' },
};

const definitions = listResourceTypes().map(
  (definition) => [`${definition.type}@${definition.variant}`, definition] as const,
);

function shapeKeys(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function allNames(attributes: readonly TAttributeMeta[]): string[] {
  return attributes.flatMap((meta) => [
    meta.name,
    ...allNames(meta.attributes ?? []).map((name) => `${meta.name}.${name}`),
  ]);
}

describe('[sysdig] every definition is self-consistent', () => {
  it('[sysdig] a minimal configuration exists for every definition', () => {
    expect(Object.keys(MINIMAL).sort()).toEqual(definitions.map(([key]) => key).sort());
  });

  it.each(definitions)('[sysdig] %s', (key, definition) => {
    const minimal = MINIMAL[key] as TConfigObject;
    // The schema's keys are exactly the settable attributes.
    const settable = definition.attributes
      .filter((meta) => !meta.computed)
      .map((meta) => meta.name);
    expect(shapeKeys(definition.schema).sort()).toEqual([...settable].sort());
    // Names and orders are unique at every level.
    const names = allNames(definition.attributes);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(definition.attributes.map((meta) => meta.order)).size).toBe(
      definition.attributes.length,
    );
    // Metadata defaults equal the schema's defaults (canonical uses the former, toApi the latter).
    const parsed = definition.schema.parse(minimal);
    for (const meta of definition.attributes) {
      if (
        meta.default !== undefined &&
        minimal[meta.name] === undefined &&
        parsed[meta.name] !== undefined
      ) {
        expect(parsed[meta.name], meta.name).toEqual(meta.default);
      }
    }
    // The minimal configuration is valid, builds, and is stable through canonical and a Read.
    expect(
      definition.toApi(minimal, { resolveId: () => undefined, currentTeamId: 1 }),
    ).toBeDefined();
    expect(definition.canonical(definition.canonical(minimal))).toEqual(
      definition.canonical(minimal),
    );
    expect(definition.naturalKey(minimal)).not.toBe('');
    // Every help text is a sentence, every label non-empty.
    for (const meta of definition.attributes) {
      expect(meta.label.length).toBeGreaterThan(0);
      expect(meta.help).toMatch(/\S/);
    }
  });

  it('[sysdig] dependencies are applied first', () => {
    const byType = new Map(definitions.map(([, definition]) => [definition.type, definition]));
    for (const [, definition] of definitions) {
      for (const dependency of definition.dependsOnTypes) {
        const other = byType.get(dependency);
        if (other)
          expect(other.applyOrder, `${definition.type} → ${dependency}`).toBeLessThanOrEqual(
            definition.applyOrder,
          );
      }
    }
  });
});
