import { describe, expect, it } from 'vitest';
import {
  computePlan,
  emptyLiveSnapshot,
  renderPlanText,
  ZPlan,
  type TBindings,
  type TPlan,
} from '@/lib/plan/index.ts';
import { listResourceTypes } from '@/lib/sysdig/index.ts';
import { definitionOf, desired, FakeSecure, refsFromBindings } from './helpers.ts';
import { SAMPLES, type TSample } from './samples.ts';

function resourceOf(sample: TSample, config = sample.config) {
  return desired(sample.type, 'subject', config);
}

function planned(plan: TPlan, address: string) {
  const change = plan.resource_changes.find((item) => item.address === address);
  if (!change) throw new Error(`no change for ${address}`);
  return change;
}

/** A seeded backend holding the sample as applied, and the binding of it. */
function applied(sample: TSample, config = sample.config) {
  const secure = new FakeSecure(true);
  const resource = resourceOf(sample, config);
  const { id, object } = secure.write(resource, refsFromBindings({}, 10001));
  const bindings: TBindings = { [resource.address]: { id, type: sample.type } };
  return { secure, resource, id, object, bindings };
}

describe('[plan] every resource type against the registry payloads', () => {
  it.each(SAMPLES)('[plan] $label: empty live → create', (sample) => {
    const resource = resourceOf(sample);
    const plan = ZPlan.parse(
      computePlan({ desired: [resource], live: emptyLiveSnapshot(), bindings: {} }),
    );
    expect(planned(plan, resource.address).change.actions).toEqual(['create']);
    expect(plan.summary).toMatchObject({ add: 1, change: 0, destroy: 0, import: 0 });
    expect(renderPlanText(plan)).toContain(`# ${resource.address} will be created`);
  });

  it.each(SAMPLES)('[plan] $label: live = echo of toApi → no changes', (sample) => {
    const { secure, resource, bindings } = applied(sample);
    const plan = computePlan({ desired: [resource], live: secure.live, bindings });
    const change = planned(plan, resource.address);
    expect(change.change.actions).toEqual(['no-op']);
    expect(change.attributes).toEqual([]);
    expect(change.drift).toEqual([]);
    expect(plan.summary).toMatchObject({ add: 0, change: 0, destroy: 0, import: 0, noOp: 1 });
    expect(renderPlanText(plan)).toContain(
      'No changes. Your infrastructure matches the configuration.',
    );
  });

  it.each(SAMPLES)(
    '[plan] $label: one attribute changed in code → exactly that update',
    (sample) => {
      const { secure, bindings } = applied(sample);
      const resource = resourceOf(sample, { ...sample.config, ...sample.change });
      const plan = computePlan({ desired: [resource], live: secure.live, bindings });
      const change = planned(plan, resource.address);
      expect(change.change.actions).toEqual(['update']);
      expect(change.attributes.map((row) => row.path)).toEqual([sample.path]);
      expect(change.attributes[0]?.label).toBe(
        definitionOf(resource).attributes.find((meta) => meta.name === sample.path)?.label,
      );
      expect(plan.summary).toMatchObject({ add: 0, change: 1, destroy: 0 });
      expect(renderPlanText(plan)).toContain(`# ${resource.address} will be updated in-place`);
    },
  );

  it.each(SAMPLES)(
    '[plan] $label: one attribute changed in Secure → exactly that drift',
    (sample) => {
      const { secure, resource, id, object, bindings } = applied(sample);
      const definition = definitionOf(resource);
      const lastLive = definition.canonical(definition.fromApi(object));
      secure.write(
        resourceOf(sample, { ...sample.config, ...sample.change }),
        refsFromBindings({}, 10001),
        id,
      );
      const plan = computePlan({
        desired: [resource],
        live: secure.live,
        bindings: { [resource.address]: { ...bindings[resource.address]!, lastLive } },
      });
      const change = planned(plan, resource.address);
      expect(change.drift.map((drift) => drift.path)).toEqual([sample.path]);
      // The code still says otherwise: the plan reverts the outside change.
      expect(change.change.actions).toEqual(['update']);
      expect(change.attributes.map((row) => row.path)).toEqual([sample.path]);
      expect(renderPlanText(plan)).toContain('Objects have changed outside of code');
    },
  );

  it.each(SAMPLES)('[plan] $label: unbound with a matching live object → adopt', (sample) => {
    const { secure, resource, id } = applied(sample);
    const plan = computePlan({ desired: [resource], live: secure.live, bindings: {} });
    const change = planned(plan, resource.address);
    expect(change.change.actions).toEqual(['adopt']);
    expect(change.liveId).toBe(
      sample.type === 'sysdig_secure_policies_priority' ||
        sample.type === 'sysdig_secure_user_rules_file'
        ? id
        : id,
    );
    expect(plan.summary).toMatchObject({ add: 0, change: 0, import: 1 });
    const updated = computePlan({
      desired: [resourceOf(sample, { ...sample.config, ...sample.change })],
      live: secure.live,
      bindings: {},
    });
    expect(planned(updated, resource.address).change.actions).toEqual(['adopt', 'update']);
    expect(renderPlanText(updated)).toMatch(
      /Plan: 0 to add, 1 to change, 0 to destroy, 1 to import\./,
    );
  });

  it.each(SAMPLES)('[plan] $label: removed from code while bound → delete', (sample) => {
    const { secure, resource, bindings } = applied(sample);
    const plan = computePlan({ desired: [], live: secure.live, bindings });
    const change = planned(plan, resource.address);
    expect(change.change.actions).toEqual(['delete']);
    expect(change.change.after).toBeNull();
    expect(plan.summary).toMatchObject({ add: 0, change: 0, destroy: 1 });
    expect(renderPlanText(plan)).toContain(`# ${resource.address} will be destroyed`);
  });

  it.each(SAMPLES.filter((sample) => sample.secrets))(
    '[plan] $label: sensitive values never appear in the JSON or the text',
    (sample) => {
      const { secure, resource, id, object, bindings } = applied(sample);
      const definition = definitionOf(resource);
      const lastLive = definition.canonical(definition.fromApi(object));
      const changed = resourceOf(sample, { ...sample.config, ...sample.change });
      const drifted = new FakeSecure(true);
      const first = drifted.write(resource, refsFromBindings({}, 10001));
      drifted.write(changed, refsFromBindings({}, 10001), first.id);
      const plans = [
        computePlan({ desired: [resource], live: emptyLiveSnapshot(), bindings: {} }),
        computePlan({ desired: [resource], live: secure.live, bindings }),
        computePlan({ desired: [changed], live: secure.live, bindings }),
        computePlan({ desired: [changed], live: secure.live, bindings: {} }),
        computePlan({ desired: [], live: secure.live, bindings }),
        computePlan({
          desired: [resource],
          live: drifted.live,
          bindings: { [resource.address]: { id: first.id, type: sample.type, lastLive } },
        }),
      ];
      expect(id).toBeTruthy();
      for (const plan of plans) {
        const json = JSON.stringify(plan);
        const text = renderPlanText(plan);
        for (const secret of sample.secrets ?? []) {
          expect(json).not.toContain(secret);
          expect(text).not.toContain(secret);
        }
      }
      const update = planned(plans[2]!, resource.address);
      expect(update.change.actions).toEqual(['update']);
      const row = update.attributes[0];
      if (definition.sensitive.includes(sample.path)) {
        expect(row).toMatchObject({
          isSensitive: true,
          before: '(sensitive value)',
          after: '(sensitive value)',
        });
        expect(update.change.after_sensitive).toMatchObject({ [sample.path]: true });
      }
    },
  );
});

describe('[plan] coverage of the registry', () => {
  it('[plan] the samples cover every registry definition (both policy variants)', () => {
    const covered = new Set(
      SAMPLES.map((sample) => {
        const definition = definitionOf(resourceOf(sample));
        return `${definition.type}@${definition.variant}`;
      }),
    );
    const all = listResourceTypes().map((definition) => `${definition.type}@${definition.variant}`);
    expect(all.filter((key) => !covered.has(key))).toEqual([]);
  });
});
