import { describe, expect, it } from 'vitest';
import {
  bindingsAfterStep,
  buildLiveSnapshot,
  computePlan,
  emptyLiveSnapshot,
  hashPlanContent,
  hashSha256,
  renderPlanText,
  ZPlan,
} from '@/lib/plan/index.ts';
import type { TLiveLists } from '@/lib/plan/index.ts';
import type { TSecureSnapshot } from '@/lib/secure/read-all-snapshot.ts';
import { applyThenPlan } from './apply-helpers.ts';
import { definitionOf, desired, FakeSecure, ref } from './helpers.ts';

const SLACK = desired('sysdig_secure_notification_channel_slack', 'ops', {
  name: 'ops',
  url: 'https://hooks.slack.com/T0/B0/SLACK-TOKEN',
  channel: '#sec',
});
const POLICY = desired('sysdig_secure_custom_policy', 'p', {
  name: 'P',
  description: 'd',
  severity: 4,
  notification_channels: [ref('sysdig_secure_notification_channel_slack.ops.id')],
  actions: [
    {
      container: 'stop',
      capture: [{ seconds_after_event: 5, seconds_before_event: 5, name: 'c' }],
    },
  ],
});

describe('[plan] text rendering', () => {
  it('[plan] renders like terraform plan: markers, labels, summary', () => {
    const secure = new FakeSecure();
    const old = desired('sysdig_secure_list', 'old', { name: 'old', items: ['x'] });
    const { bindings } = applyThenPlan([SLACK, POLICY, old], {}, secure);
    const plan = computePlan({
      desired: [
        { ...SLACK, config: { ...SLACK.config, url: 'https://hooks.slack.com/T0/B0/OTHER-TOKEN' } },
        { ...POLICY, config: { ...POLICY.config, severity: 2 } },
        desired('sysdig_secure_list', 'new', { name: 'new', items: ['a'] }),
      ],
      live: secure.live,
      bindings,
    });
    const text = renderPlanText(plan);
    expect(text).toContain('  # sysdig_secure_custom_policy.p will be updated in-place');
    expect(text).toContain('  ~ resource "sysdig_secure_custom_policy" "p" {');
    expect(text).toMatch(/~ severity += 4 -> 2\n/);
    expect(text).toMatch(/~ url += \(sensitive value\) -> \(sensitive value\)/);
    expect(text).toContain('  # sysdig_secure_list.new will be created');
    expect(text).toMatch(/\+ id += \(known after apply\)/);
    expect(text).toContain('  # sysdig_secure_list.old will be destroyed');
    expect(text).toMatch(/- name += "old" -> null/);
    expect(text).toContain('Plan: 1 to add, 2 to change, 1 to destroy.');
    expect(text).not.toContain('TOKEN');
    const policy = plan.resource_changes.find((change) => change.address === POLICY.address);
    expect(policy?.attributes).toEqual([
      {
        path: 'severity',
        label: 'Severity',
        before: 4,
        after: 2,
        isSensitive: false,
        isUnknownAfter: false,
        forceNew: false,
      },
    ]);
  });

  it('[plan] nested block changes are labelled by path', () => {
    const secure = new FakeSecure();
    const { bindings } = applyThenPlan([SLACK, POLICY], {}, secure);
    const edited = {
      ...POLICY,
      config: {
        ...POLICY.config,
        actions: [
          {
            container: 'stop',
            capture: [{ seconds_after_event: 9, seconds_before_event: 5, name: 'c' }],
          },
        ],
      },
    };
    const plan = computePlan({ desired: [SLACK, edited], live: secure.live, bindings });
    const rows = plan.resource_changes.find(
      (change) => change.address === POLICY.address,
    )?.attributes;
    expect(rows).toEqual([
      expect.objectContaining({
        path: 'actions[0].capture[0].seconds_after_event',
        before: 5,
        after: 9,
      }),
    ]);
    expect(rows?.[0]?.label).toMatch(/^Actions › Capture › /);
  });

  it('[plan] no changes', () => {
    const text = renderPlanText(
      computePlan({ desired: [], live: emptyLiveSnapshot(), bindings: {} }),
    );
    expect(text).toBe('No changes. Your infrastructure matches the configuration.\n');
  });
});

describe('[plan] hashing', () => {
  it('[plan] SHA-256 matches the standard test vectors', () => {
    expect(hashSha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashSha256('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hashSha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('[plan] the content hash survives a JSON round trip and ZPlan parsing', () => {
    const plan = computePlan({
      desired: [SLACK, POLICY],
      live: emptyLiveSnapshot(),
      bindings: {},
      commit: 'c0ffee',
    });
    const reread = ZPlan.parse(JSON.parse(JSON.stringify(plan)));
    expect(hashPlanContent(reread)).toBe(plan.contentHash);
    const moved = computePlan({
      desired: [{ ...SLACK, file: 'channels.tf', line: 40 }, POLICY],
      live: emptyLiveSnapshot(),
      bindings: {},
      commit: 'c0ffee',
    });
    expect(moved.resource_changes[1]).toMatchObject({ file: 'channels.tf', line: 40 });
    expect(moved.contentHash).toBe(plan.contentHash);
    expect(reread.commit).toBe('c0ffee');
  });
});

describe('[plan] bookkeeping', () => {
  it('[plan] bindingsAfterStep records id, lastApplied and lastLive; delete removes; replace delete keeps', () => {
    const secure = new FakeSecure();
    const refs = { resolveId: () => undefined };
    const { id, object } = secure.write(SLACK, refs);
    const created = bindingsAfterStep(
      {},
      {
        step: { address: SLACK.address, action: 'create' },
        type: SLACK.type,
        config: SLACK.config,
        liveObject: object,
      },
    );
    const definition = definitionOf(SLACK);
    expect(created[SLACK.address]).toEqual({
      id,
      type: SLACK.type,
      lastApplied: definition.canonical(SLACK.config),
      lastLive: definition.canonical(definition.fromApi(object)),
    });
    const kept = bindingsAfterStep(created, {
      step: { address: SLACK.address, action: 'delete', isReplace: true },
      type: SLACK.type,
    });
    expect(kept).toEqual(created);
    expect(
      bindingsAfterStep(created, {
        step: { address: SLACK.address, action: 'delete' },
        type: SLACK.type,
      }),
    ).toEqual({});
    expect(created).toHaveProperty(SLACK.address);
    const rules = desired('sysdig_secure_user_rules_file', 'r', { content: 'x' });
    const file = bindingsAfterStep(
      {},
      {
        step: { address: rules.address, action: 'update' },
        type: rules.type,
        config: rules.config,
        liveObject: { userRulesFile: { content: 'x', version: 7 } },
      },
    );
    expect(file[rules.address]?.id).toBe('7');
    expect(() =>
      bindingsAfterStep({}, { step: { address: 'a.b', action: 'create' }, type: SLACK.type }),
    ).toThrow(/no id/);
  });

  it('[plan] buildLiveSnapshot accepts what lib/secure readAllSnapshot returns', () => {
    const fromSecure = (snapshot: TSecureSnapshot, currentTeamId: number): TLiveLists => ({
      ...snapshot,
      currentTeamId,
    });
    const snapshot = buildLiveSnapshot(
      fromSecure(
        {
          v2Policies: [{ id: 1, name: 'p' }],
          channels: [],
          v1Policies: [],
          priorities: undefined,
          userRulesFile: undefined,
          rules: [],
          lists: [],
          macros: [],
          rulesByName: {},
          missing: { ruleIds: [], listIds: [], macroIds: [] },
          requestCount: 2,
        },
        7,
      ),
    );
    expect(Object.keys(snapshot.objects['v2-policy'])).toEqual(['1']);
    expect(snapshot.currentTeamId).toBe(7);
  });

  it('[plan] buildLiveSnapshot keys objects by id and unwraps wrappers', () => {
    const snapshot = buildLiveSnapshot({
      v2Policies: [{ id: 3, name: 'p' }],
      channels: [{ notificationChannel: { id: 4, name: 'c', type: 'EMAIL' } }],
      rules: [{ id: 5, name: 'r', details: {} }],
      rulesByName: { r: [{ id: 6, name: 'r', details: { append: true } }] },
      priorities: { priorities: { policyIds: [1], version: 2 } },
      userRulesFile: { content: '', version: 1 },
      currentTeamId: 10001,
    });
    expect(Object.keys(snapshot.objects.rule)).toEqual(['5', '6']);
    expect(snapshot.objects['notification-channel']['4']).toEqual({
      id: 4,
      name: 'c',
      type: 'EMAIL',
    });
    expect(snapshot.priorities).toEqual({ policyIds: [1], version: 2 });
    expect(snapshot.currentTeamId).toBe(10001);
  });
});
