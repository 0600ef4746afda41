import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePlan, type TBindings, type TDesiredResource } from '@/lib/plan/index.ts';
import { desired, FakeSecure, ref, refsFromBindings } from './helpers.ts';

const word = fc.stringMatching(/^[a-z][a-z0-9_ ]{0,10}$/);
const text = fc.string({ maxLength: 20 });
const priority = fc.constantFrom(
  'emergency',
  'alert',
  'critical',
  'error',
  'warning',
  'notice',
  'info',
  'debug',
);

const channel = fc.record({
  name: word,
  recipients: fc.uniqueArray(fc.emailAddress(), { minLength: 1, maxLength: 3 }),
  enabled: fc.boolean(),
  notify_when_ok: fc.boolean(),
  send_test_notification: fc.boolean(),
});
const rule = fc.record({
  name: word,
  description: text,
  condition: fc.constantFrom('evt.type = open', 'spawned_process and container', 'fd.sport = 80'),
  output: fc.string({ minLength: 1, maxLength: 20 }),
  priority,
  source: fc.constantFrom('syscall', 'k8s_audit'),
  tags: fc.array(word, { maxLength: 4 }),
});
const list = fc.record({
  name: word,
  items: fc.array(word, { maxLength: 5 }),
  append: fc.boolean(),
});
const macro = fc.record({
  name: word,
  condition: fc.constantFrom('fd.sport=80', 'proc.name in (x)'),
  append: fc.boolean(),
});
const policy = fc.record({
  name: word,
  description: text,
  severity: fc.integer({ min: 0, max: 7 }),
  enabled: fc.boolean(),
  scope: fc.constantFrom('', 'container.id != ""'),
  runbook: fc.constantFrom('', 'https://runbook'),
  container: fc.constantFrom(undefined, 'stop', 'pause', 'kill'),
  capture: fc.option(
    fc.record({
      seconds_after_event: fc.integer({ min: 0, max: 60 }),
      seconds_before_event: fc.integer({ min: 0, max: 60 }),
      name: word,
    }),
  ),
  ruleEnabled: fc.array(fc.boolean(), { maxLength: 3 }),
});

/** Desired resources from generated parts; policies reference channels and rules. */
const repo = fc
  .record({
    channels: fc.uniqueArray(channel, { selector: (item) => item.name, maxLength: 3 }),
    rules: fc.uniqueArray(rule, { selector: (item) => item.name, maxLength: 3 }),
    lists: fc.uniqueArray(list, { selector: (item) => item.name, maxLength: 3 }),
    macros: fc.uniqueArray(macro, { selector: (item) => item.name, maxLength: 3 }),
    policies: fc.uniqueArray(policy, { selector: (item) => item.name, maxLength: 3 }),
  })
  .map((parts): TDesiredResource[] => [
    ...parts.channels.map((config, index) =>
      desired('sysdig_secure_notification_channel_email', `c${index}`, config),
    ),
    ...parts.rules.map((config, index) => desired('sysdig_secure_rule_falco', `r${index}`, config)),
    ...parts.lists.map((config, index) => desired('sysdig_secure_list', `l${index}`, config)),
    ...parts.macros.map((config, index) => desired('sysdig_secure_macro', `m${index}`, config)),
    ...parts.policies.map(({ container, capture, ruleEnabled, ...config }, index) =>
      desired('sysdig_secure_custom_policy', `p${index}`, {
        ...config,
        notification_channels: parts.channels.map((_, channelIndex) =>
          ref(`sysdig_secure_notification_channel_email.c${channelIndex}.id`),
        ),
        rules: parts.rules.slice(0, ruleEnabled.length).map((_, ruleIndex) => ({
          name: ref(`sysdig_secure_rule_falco.r${ruleIndex}.name`),
          enabled: ruleEnabled[ruleIndex] ?? true,
        })),
        actions:
          container || capture
            ? [{ ...(container ? { container } : {}), ...(capture ? { capture: [capture] } : {}) }]
            : [],
      }),
    ),
  ]);

const legacyChannel = fc.oneof(
  fc.record({
    type: fc.constant('EMAIL'),
    recipients: fc.constantFrom('a@x', 'a@x, b@x', ' b@x ,c@x'),
  }),
  fc.record({ type: fc.constantFrom('WEBHOOK', 'webhook'), url: fc.webUrl() }),
  fc.record({ type: fc.constant('SLACK'), url: fc.webUrl(), channel: word }),
  fc.record({ type: fc.constant('OPSGENIE'), api_key: fc.uuid() }),
);
const legacyPolicy = fc.record({
  description: text,
  severity: fc.integer({ min: 0, max: 7 }),
  enabled: fc.boolean(),
  container_scope: fc.boolean(),
  host_scope: fc.boolean(),
  falco_rule_name_regex: fc.constantFrom('.*', 'Unexpected spawned process traefik', 'a|b'),
  filter: fc.constantFrom('', 'container.image = "x"'),
  processes: fc.option(
    fc.record({
      default: fc.constantFrom('accept', 'deny', 'none'),
      whitelist: fc.array(word, { maxLength: 3 }),
    }),
  ),
});

/** A 2018-era repository: generic channels, v1 policies referencing them, their order, the rules file. */
const repo2018 = fc
  .record({
    channels: fc.array(fc.tuple(legacyChannel, fc.boolean(), fc.boolean()), { maxLength: 3 }),
    policies: fc.array(legacyPolicy, { maxLength: 3 }),
    content: fc.string({ maxLength: 40 }),
  })
  .map(({ channels, policies, content }): TDesiredResource[] => [
    ...channels.map(([channelConfig, isOk, isResolved], index) =>
      desired('sysdig_secure_notification_channel', `c${index}`, {
        ...channelConfig,
        name: `channel ${index}`,
        enabled: true,
        notify_when_ok: isOk,
        notify_when_resolved: isResolved,
      }),
    ),
    ...policies.map(({ processes, ...config }, index) =>
      desired('sysdig_secure_policy', `p${index}`, {
        ...config,
        name: `policy ${index}`,
        notification_channels: channels.map((_, channelIndex) =>
          ref(`sysdig_secure_notification_channel.c${channelIndex}.id`),
        ),
        ...(processes ? { processes: [processes] } : {}),
      }),
    ),
    desired('sysdig_secure_policies_priority', 'order', {
      policies: policies.map((_, index) => ref(`sysdig_secure_policy.p${index}.id`)).reverse(),
    }),
    desired('sysdig_secure_user_rules_file', 'rules', { content }),
  ]);

/** Writes every resource in dependency order (channels and rules first) and binds it. */
function echoAll(resources: readonly TDesiredResource[]): {
  secure: FakeSecure;
  bindings: TBindings;
} {
  const secure = new FakeSecure();
  let bindings: TBindings = {};
  const RANKS: Record<string, number> = {
    sysdig_secure_custom_policy: 1,
    sysdig_secure_policy: 1,
    sysdig_secure_policies_priority: 2,
  };
  const rank = (type: string) => RANKS[type] ?? 0;
  for (const resource of [...resources].sort((a, b) => rank(a.type) - rank(b.type))) {
    const names = Object.fromEntries(resources.map((item) => [item.address, item.config.name]));
    const config = JSON.parse(
      JSON.stringify(resource.config, (_key, value) =>
        value && value.$unknown && value.references[0]?.endsWith('.name')
          ? names[value.references[0].replace(/\.name$/, '')]
          : value,
      ),
    );
    const { id } = secure.write({ ...resource, config }, refsFromBindings(bindings));
    bindings = { ...bindings, [resource.address]: { id, type: resource.type } };
  }
  return { secure, bindings };
}

describe('[plan] property: plan(desired, echo(desired)) changes nothing', () => {
  it('[plan] bound: every resource is a no-op', () => {
    fc.assert(
      fc.property(repo, (resources) => {
        const { secure, bindings } = echoAll(resources);
        const plan = computePlan({ desired: resources, live: secure.live, bindings });
        expect(plan.resource_changes.map((change) => change.change.actions)).toEqual(
          resources.map(() => ['no-op']),
        );
        expect(plan.unmanaged).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('[plan] unbound: every resource is adopted without an update', () => {
    fc.assert(
      fc.property(repo, (resources) => {
        const { secure } = echoAll(resources);
        const plan = computePlan({ desired: resources, live: secure.live, bindings: {} });
        expect(plan.summary).toMatchObject({
          add: 0,
          change: 0,
          destroy: 0,
          import: resources.length,
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('[plan] property: 2018 repositories echo to no changes', () => {
  it('[plan] bound 2018 resources (channels, policies, priorities, rules file) are no-ops', () => {
    fc.assert(
      fc.property(repo2018, (resources) => {
        const { secure, bindings } = echoAll(resources);
        const plan = computePlan({ desired: resources, live: secure.live, bindings });
        expect(plan.resource_changes.map((change) => change.change.actions)).toEqual(
          resources.map(() => ['no-op']),
        );
        const unbound = computePlan({ desired: resources, live: secure.live, bindings: {} });
        expect(unbound.summary).toMatchObject({ add: 0, change: 0, import: resources.length });
      }),
      { numRuns: 100 },
    );
  });
});
