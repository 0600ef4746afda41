import { describe, expect, it } from 'vitest';
import {
  computePlan,
  emptyLiveSnapshot,
  isSamePlan,
  orderApplySteps,
  renderPlanText,
  ZPlan,
  type TBindings,
  type TDesiredResource,
  type TLiveSnapshot,
} from '@/lib/plan/index.ts';
import { applyThenPlan } from './apply-helpers.ts';
import { definitionOf, desired, FakeSecure, ref, refsFromBindings } from './helpers.ts';
import { SAMPLES } from './samples.ts';

const CHANNEL = desired('sysdig_secure_notification_channel_email', 'ops', {
  name: 'ops',
  recipients: ['ops@example.com'],
});
const POLICY = desired('sysdig_secure_custom_policy', 'write', {
  name: 'Write apt database',
  description: 'd',
  severity: 4,
  notification_channels: [ref('sysdig_secure_notification_channel_email.ops.id')],
  rules: [{ name: ref('sysdig_secure_rule_falco.shell.name') }],
});
const RULE = desired('sysdig_secure_rule_falco', 'shell', {
  name: 'Terminal shell in container',
  condition: 'spawned_process and shell_procs',
  output: 'shell (user=%user.name)',
  priority: 'notice',
  source: 'syscall',
});

function changeOf(plan: ReturnType<typeof computePlan>, address: string) {
  const found = plan.resource_changes.find((change) => change.address === address);
  if (!found) throw new Error(address);
  return found;
}

function seedRepo2018(): TDesiredResource[] {
  const policyRef = (name: string) => ref(`sysdig_secure_policy.${name}.id`);
  return [
    desired('sysdig_secure_notification_channel', 'email', {
      name: 'Example Channel - Email',
      enabled: true,
      type: 'EMAIL',
      recipients: 'a@x, b@x',
      notify_when_ok: false,
      notify_when_resolved: false,
    }),
    desired('sysdig_secure_policy', 'sample', {
      name: 'Example of Policy',
      description: 'd',
      severity: 2,
      enabled: true,
      container_scope: true,
      host_scope: false,
      falco_rule_name_regex: 'Unexpected spawned process traefik',
      filter: 'container.image = "traefik"',
      notification_channels: [ref('sysdig_secure_notification_channel.email.id')],
      actions: [
        { container: 'pause', capture: { seconds_before_event: 60, seconds_after_event: 60 } },
      ],
    }),
    desired('sysdig_secure_policy', 'sample2', {
      name: 'Other example of Policy',
      description: 'd',
      severity: 4,
      enabled: true,
      container_scope: true,
      host_scope: true,
      falco_rule_name_regex: 'x',
      processes: [{ default: 'accept', whitelist: ['mysql'], blacklist: ['ssh'] }],
    }),
    desired('sysdig_secure_policies_priority', 'order', {
      policies: [policyRef('sample2'), policyRef('sample')],
    }),
    desired('sysdig_secure_user_rules_file', 'rules', { content: '- rule: traefik\n' }),
  ];
}

describe('[plan] references', () => {
  it('[plan] an id reference to a resource being created is known after apply', () => {
    const plan = computePlan({
      desired: [CHANNEL, POLICY, RULE],
      live: emptyLiveSnapshot(),
      bindings: {},
    });
    const policy = changeOf(plan, POLICY.address);
    expect(policy.dependsOn).toEqual([CHANNEL.address, RULE.address]);
    expect(policy.change.after_unknown).toEqual({ notification_channels: [true] });
    // A name reference to a literal is known now.
    expect((policy.change.after as { rules: unknown[] }).rules).toEqual([
      { name: 'Terminal shell in container', enabled: true },
    ]);
    const row = policy.attributes.find((item) => item.path === 'notification_channels');
    expect(row).toMatchObject({ isUnknownAfter: true, label: 'Notification channels' });
    expect(renderPlanText(plan)).toContain('(known after apply)');
  });

  it('[plan] an id reference to a bound resource is its id: apply then plan shows no changes', () => {
    const secure = new FakeSecure();
    const { first, next } = applyThenPlan([POLICY, RULE, CHANNEL], {}, secure);
    expect(first.summary).toMatchObject({ add: 3 });
    expect(next.resource_changes.map((change) => change.change.actions)).toEqual([
      ['no-op'],
      ['no-op'],
      ['no-op'],
    ]);
    expect(renderPlanText(next)).toContain('No changes.');
  });

  it('[plan] a reference to a resource the code does not define is noted (seed repo webhook)', () => {
    const policy = desired('sysdig_secure_custom_policy', 'p', {
      name: 'p',
      description: 'd',
      notification_channels: [ref('sysdig_secure_notification_channel.webhook.id')],
    });
    const plan = computePlan({ desired: [policy], live: emptyLiveSnapshot(), bindings: {} });
    expect(changeOf(plan, policy.address).notes).toEqual([
      'References sysdig_secure_notification_channel.webhook, which the code does not define.',
    ]);
    expect(renderPlanText(plan)).toContain(
      '# ! References sysdig_secure_notification_channel.webhook',
    );
  });

  it('[plan] a policy referencing a channel that is replaced sees its new id as unknown', () => {
    const secure = new FakeSecure();
    const slack = desired('sysdig_secure_notification_channel_slack', 's', {
      name: 's',
      url: 'https://hook/x',
      channel: '#c',
    });
    const policy = desired('sysdig_secure_custom_policy', 'p', {
      name: 'p',
      description: 'd',
      notification_channels: [ref('sysdig_secure_notification_channel_slack.s.id')],
    });
    const { bindings } = applyThenPlan([slack, policy], {}, secure);
    const privateSlack = { ...slack, config: { ...slack.config, is_private_channel: true } };
    const plan = computePlan({ desired: [privateSlack, policy], live: secure.live, bindings });
    expect(changeOf(plan, slack.address).change).toMatchObject({
      actions: ['replace'],
      replaceOrder: 'delete-before-create',
    });
    expect(changeOf(plan, slack.address).attributes).toEqual([
      expect.objectContaining({
        path: 'is_private_channel',
        forceNew: true,
        before: false,
        after: true,
      }),
    ]);
    expect(changeOf(plan, policy.address).change.actions).toEqual(['update']);
    expect(plan.summary).toMatchObject({ add: 1, change: 1, destroy: 1, replace: 1 });
    const text = renderPlanText(plan);
    expect(text).toContain('-/+ resource "sysdig_secure_notification_channel_slack" "s"');
    expect(text).toContain('~ is_private_channel = false -> true # forces replacement');
  });
});

describe('[plan] actions', () => {
  it('[plan] renaming a Falco rule replaces it, creating the new one before deleting the old', () => {
    const secure = new FakeSecure();
    const { bindings } = applyThenPlan([RULE], {}, secure);
    const renamed = { ...RULE, config: { ...RULE.config, name: 'Shell in container' } };
    const plan = computePlan({ desired: [renamed], live: secure.live, bindings });
    const change = changeOf(plan, RULE.address);
    expect(change.change).toMatchObject({
      actions: ['replace'],
      replaceOrder: 'create-before-delete',
    });
    expect(change.attributes).toEqual([
      expect.objectContaining({
        path: 'name',
        label: 'Name',
        forceNew: true,
        before: 'Terminal shell in container',
        after: 'Shell in container',
      }),
    ]);
    expect(renderPlanText(plan)).toContain('# sysdig_secure_rule_falco.shell must be replaced');
    expect(renderPlanText(plan)).toContain('+/- resource');
    const after = applyThenPlan([renamed], bindings, secure);
    expect(after.next.summary).toMatchObject({ add: 0, change: 0, destroy: 0, noOp: 1 });
    expect(Object.keys(secure.live.objects.rule)).toHaveLength(1);
  });

  it('[plan] a bound object deleted outside code is created again, with a note', () => {
    const secure = new FakeSecure();
    const { bindings } = applyThenPlan([CHANNEL], {}, secure);
    secure.remove('notification-channel', bindings[CHANNEL.address]!.id);
    const plan = computePlan({ desired: [CHANNEL], live: secure.live, bindings });
    const change = changeOf(plan, CHANNEL.address);
    expect(change.change.actions).toEqual(['create']);
    expect(change.notes[0]).toMatch(/deleted outside code/);
  });

  it('[plan] a binding whose object and resource are both gone is forgotten, not deleted', () => {
    const plan = computePlan({
      desired: [],
      live: emptyLiveSnapshot(),
      bindings: { [CHANNEL.address]: { id: '77', type: CHANNEL.type } },
    });
    expect(plan.resource_changes).toEqual([]);
    expect(plan.forgotten).toEqual([{ address: CHANNEL.address, id: '77' }]);
  });

  it('[plan] live objects nothing represents are unmanaged and never deleted', () => {
    const secure = new FakeSecure(true);
    secure.write(CHANNEL, refsFromBindings({}));
    secure.write(RULE, refsFromBindings({}));
    const plan = computePlan({ desired: [], live: secure.live, bindings: {} });
    expect(plan.resource_changes).toEqual([]);
    expect(plan.unmanaged).toEqual([
      {
        apiFamily: 'v2-policy',
        id: '5',
        name: 'Sysdig Runtime Threat Detection',
        suggestedType: 'sysdig_secure_managed_policy',
        isDefault: true,
      },
      {
        apiFamily: 'notification-channel',
        id: '1000',
        name: 'ops',
        suggestedType: 'sysdig_secure_notification_channel_email',
        isDefault: false,
      },
      {
        apiFamily: 'rule',
        id: '1001',
        name: 'Terminal shell in container',
        suggestedType: 'sysdig_secure_rule_falco',
        isDefault: false,
      },
      {
        apiFamily: 'priorities',
        id: 'singleton',
        name: 'Policy priorities',
        suggestedType: 'sysdig_secure_policies_priority',
        isDefault: false,
      },
    ]);
    expect(renderPlanText(plan)).toContain(
      '4 objects in Secure are not managed by this code (never deleted).',
    );
  });

  it('[plan] a managed policy binds to the default policy of its name and type only', () => {
    const secure = new FakeSecure(true);
    const managed = desired('sysdig_secure_managed_policy', 'm', {
      name: 'Sysdig Runtime Threat Detection',
      enabled: true,
    });
    const plan = computePlan({ desired: [managed], live: secure.live, bindings: {} });
    expect(changeOf(plan, managed.address)).toMatchObject({
      liveId: '5',
      change: { actions: ['adopt', 'update'] },
    });
    const other = { ...managed, config: { ...managed.config, type: 'k8s_audit' } };
    const none = computePlan({ desired: [other], live: secure.live, bindings: {} });
    expect(changeOf(none, managed.address).change.actions).toEqual(['create']);
    expect(changeOf(none, managed.address).notes[0]).toMatch(/no managed policy named/);
    // A custom policy never adopts a default policy of the same name.
    const custom = desired('sysdig_secure_custom_policy', 'c', {
      name: 'Sysdig Runtime Threat Detection',
      description: 'd',
    });
    expect(
      changeOf(computePlan({ desired: [custom], live: secure.live, bindings: {} }), custom.address)
        .change.actions,
    ).toEqual(['create']);
  });

  it('[plan] an unknown resource type is ignored, not planned', () => {
    const zone = desired('sysdig_secure_zone', 'z', { name: 'z' });
    const plan = computePlan({ desired: [zone], live: emptyLiveSnapshot(), bindings: {} });
    expect(plan.resource_changes).toEqual([]);
    expect(plan.ignored).toEqual([
      { address: zone.address, type: 'sysdig_secure_zone', reason: expect.any(String) },
    ]);
  });
});

describe('[plan] 2018 quirks (spec §2)', () => {
  it('[plan] the seed repository applies, then plans no changes; priorities merge with the server order', () => {
    const secure = new FakeSecure(true);
    const resources = seedRepo2018();
    const { first, bindings, next } = applyThenPlan(resources, {}, secure);
    expect(first.summary).toMatchObject({ add: 4, import: 1 });
    const order = changeOf(first, 'sysdig_secure_policies_priority.order');
    expect(order.change.actions).toEqual(['adopt', 'update']);
    expect(order.change.after_unknown).toEqual({ policies: [true, true, false, false] });
    expect(next.resource_changes.every((change) => change.change.actions[0] === 'no-op')).toBe(
      true,
    );
    const ids = [
      bindings['sysdig_secure_policy.sample2']!.id,
      bindings['sysdig_secure_policy.sample']!.id,
    ].map(Number);
    expect((secure.live.priorities as { policyIds: number[] }).policyIds).toEqual([...ids, 14, 12]);
  });

  it('[plan] severity and nested blocks changed in Secure are invisible; a code change of severity shows', () => {
    const secure = new FakeSecure();
    const resources = seedRepo2018();
    const { bindings } = applyThenPlan(resources, {}, secure);
    const address = 'sysdig_secure_policy.sample';
    const id = bindings[address]!.id;
    const stored = secure.live.objects['v1-policy'][id] as Record<string, unknown>;
    secure.live.objects['v1-policy'][id] = {
      ...stored,
      severity: 6,
      actions: [],
      processesConfiguration: undefined,
    };
    const outside = computePlan({ desired: resources, live: secure.live, bindings });
    expect(changeOf(outside, address).change.actions).toEqual(['no-op']);
    expect(changeOf(outside, address).drift).toEqual([]);
    const edited = resources.map((resource) =>
      resource.address === address
        ? { ...resource, config: { ...resource.config, severity: 4 } }
        : resource,
    );
    const plan = computePlan({ desired: edited, live: secure.live, bindings });
    expect(changeOf(plan, address).attributes).toEqual([
      expect.objectContaining({ path: 'severity', label: 'Severity', before: 2, after: 4 }),
    ]);
    expect(renderPlanText(plan)).toContain('~ severity = 2 -> 4');
  });

  it('[plan] a policy order changed in Secure is drift and the merge puts ours back on top', () => {
    const secure = new FakeSecure(true);
    const resources = seedRepo2018();
    const { bindings } = applyThenPlan(resources, {}, secure);
    const priorities = secure.live.priorities as { policyIds: number[]; version: number };
    secure.live.priorities = {
      ...priorities,
      policyIds: [...priorities.policyIds].reverse(),
      version: priorities.version + 1,
    };
    const plan = computePlan({ desired: resources, live: secure.live, bindings });
    const order = changeOf(plan, 'sysdig_secure_policies_priority.order');
    expect(order.drift.map((drift) => drift.path)).toEqual(['policies']);
    expect(order.change.actions).toEqual(['update']);
  });
});

describe('[plan] identity', () => {
  const resources = [
    CHANNEL,
    POLICY,
    RULE,
    ...SAMPLES.slice(5, 12).map((sample, index) =>
      desired(sample.type, `s${index}`, sample.config),
    ),
  ];

  function shuffledLive(live: TLiveSnapshot): TLiveSnapshot {
    const objects = Object.fromEntries(
      Object.entries(live.objects).map(([family, map]) => [
        family,
        Object.fromEntries(Object.entries(map).reverse()),
      ]),
    ) as TLiveSnapshot['objects'];
    return { ...live, objects };
  }

  it('[plan] contentHash and JSON are stable under reordering of inputs', () => {
    const secure = new FakeSecure(true);
    const { bindings } = applyThenPlan(resources.slice(0, 5), {}, secure);
    const edited = resources.map((resource, index) =>
      index === 1 ? { ...resource, config: { ...resource.config, severity: 1 } } : resource,
    );
    const a = computePlan({ desired: edited, live: secure.live, bindings, commit: 'abc' });
    const reversedBindings: TBindings = Object.fromEntries(Object.entries(bindings).reverse());
    const b = computePlan({
      desired: [...edited].reverse(),
      live: shuffledLive(secure.live),
      bindings: reversedBindings,
      commit: 'abc',
    });
    expect(b.contentHash).toBe(a.contentHash);
    expect(b.liveFingerprint).toBe(a.liveFingerprint);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const c = computePlan({ desired: resources, live: secure.live, bindings, commit: 'abc' });
    expect(c.contentHash).not.toBe(a.contentHash);
    const d = computePlan({ desired: edited, live: secure.live, bindings, commit: 'def' });
    expect(d.contentHash).toBe(a.contentHash);
    expect(d.id).not.toBe(a.id);
    expect(ZPlan.parse(a)).toEqual(a);
  });

  it('[plan] the live fingerprint changes with any live change, the content hash only with the plan', () => {
    const secure = new FakeSecure();
    const { bindings, next } = applyThenPlan([CHANNEL], {}, secure);
    const id = bindings[CHANNEL.address]!.id;
    const stored = secure.live.objects['notification-channel'][id] as Record<string, unknown>;
    secure.live.objects['notification-channel'][id] = { ...stored, modifiedOn: 1 };
    const again = computePlan({ desired: [CHANNEL], live: secure.live, bindings });
    expect(again.liveFingerprint).not.toBe(next.liveFingerprint);
    expect(again.contentHash).toBe(next.contentHash);
    expect(isSamePlan(next, again)).toBe(true);
    expect(isSamePlan(next, { ...again, commit: 'other' })).toBe(false);
    const edited = computePlan({
      desired: [{ ...CHANNEL, config: { ...CHANNEL.config, enabled: false } }],
      live: secure.live,
      bindings,
    });
    expect(isSamePlan(next, edited)).toBe(false);
  });
});

describe('[plan] apply ordering', () => {
  it('[plan] creates follow ranks and references; deletes run last in reverse rank', () => {
    const secure = new FakeSecure(true);
    const list = desired('sysdig_secure_list', 'l', { name: 'shells', items: ['bash'] });
    const macro = desired('sysdig_secure_macro', 'm', {
      name: 'shell_procs',
      condition: 'proc.name in (shells)',
    });
    const append = desired('sysdig_secure_rule_falco', 'append', {
      name: RULE.config.name as string,
      condition: 'and not proc.name=foo',
      append: true,
      description: ref('sysdig_secure_rule_falco.shell.description'),
    });
    const doomed = desired('sysdig_secure_macro', 'old', { name: 'old', condition: 'x' });
    const oldPolicy = desired('sysdig_secure_custom_policy', 'old', {
      name: 'old policy',
      description: 'd',
    });
    const { bindings } = applyThenPlan([doomed, oldPolicy], {}, secure);
    const plan = computePlan({
      desired: [POLICY, append, RULE, CHANNEL, macro, list],
      live: secure.live,
      bindings,
    });
    const { stages, steps } = orderApplySteps(plan);
    expect(stages.map((stage) => stage.name)).toEqual([
      'apply channels',
      'apply lists',
      'apply macros',
      'apply rules',
      'apply policies',
      'delete policies',
      'delete macros',
    ]);
    expect(steps.map((step) => `${step.stage}:${step.action}:${step.address}`)).toEqual([
      `0:create:${CHANNEL.address}`,
      `1:create:${list.address}`,
      `2:create:${macro.address}`,
      `3:create:${RULE.address}`,
      `3:create:${append.address}`,
      `4:create:${POLICY.address}`,
      `5:delete:${oldPolicy.address}`,
      `6:delete:${doomed.address}`,
    ]);
    expect(new Set(steps.map((step) => step.stepId)).size).toBe(steps.length);
  });
});

describe('[plan] every sample together: apply then plan = no changes', () => {
  it('[plan] all registry types in one plan', () => {
    const secure = new FakeSecure(true);
    const resources = SAMPLES.map((sample, index) =>
      desired(sample.type, `n${index}`, sample.config),
    );
    const { first, next } = applyThenPlan(resources, {}, secure);
    expect(first.resource_changes).toHaveLength(SAMPLES.length);
    for (const change of next.resource_changes)
      expect([change.address, change.change.actions]).toEqual([change.address, ['no-op']]);
    expect(definitionOf(resources[0]!).type).toBe(SAMPLES[0]!.type);
  });
});

describe('[plan] moves and re-creations', () => {
  it('[plan] renaming an address adopts the object and forgets the old binding (no delete)', () => {
    const secure = new FakeSecure();
    const { bindings } = applyThenPlan([CHANNEL], {}, secure);
    const moved = desired(CHANNEL.type, 'operations', CHANNEL.config);
    const plan = computePlan({ desired: [moved], live: secure.live, bindings });
    expect(plan.resource_changes.map((change) => [change.address, change.change.actions])).toEqual([
      [moved.address, ['adopt']],
    ]);
    expect(plan.forgotten).toEqual([
      { address: CHANNEL.address, id: bindings[CHANNEL.address]!.id },
    ]);
    expect(plan.summary).toMatchObject({ destroy: 0, import: 1 });
  });

  it('[plan] a bound object re-created outside code under a new id is adopted again', () => {
    const secure = new FakeSecure();
    const { bindings } = applyThenPlan([CHANNEL], {}, secure);
    const oldId = bindings[CHANNEL.address]!.id;
    secure.remove('notification-channel', oldId);
    const { id: newId } = secure.write(CHANNEL, refsFromBindings({}));
    const plan = computePlan({ desired: [CHANNEL], live: secure.live, bindings });
    const change = changeOf(plan, CHANNEL.address);
    expect(change).toMatchObject({ liveId: newId, change: { actions: ['adopt'] } });
    expect(change.notes).toEqual([
      `Object ${oldId} was deleted outside code; object ${newId} of the same name is adopted instead.`,
    ]);
  });
});

describe('[plan] counted resources', () => {
  it('[plan] a splat reference depends on every instance and is not dangling', () => {
    const channels = [0, 1].map((index) => ({
      ...desired(CHANNEL.type, 'many', { name: `c${index}`, recipients: ['x@example.com'] }),
      address: `${CHANNEL.type}.many[${index}]`,
    }));
    const policy = desired('sysdig_secure_custom_policy', 'p', {
      name: 'p',
      description: 'd',
      notification_channels: {
        $unknown: true,
        references: [`${CHANNEL.type}.many[*].id`],
        expression: `${CHANNEL.type}.many[*].id`,
      },
    });
    const plan = computePlan({
      desired: [policy, ...channels],
      live: emptyLiveSnapshot(),
      bindings: {},
    });
    const change = changeOf(plan, policy.address);
    expect(change.dependsOn).toEqual(channels.map((channel) => channel.address));
    expect(change.notes).toEqual([]);
    expect(orderApplySteps(plan).steps.map((step) => step.address)).toEqual([
      ...channels.map((channel) => channel.address),
      policy.address,
    ]);
  });
});
