import {
  bindingsAfterStep,
  computePlan,
  resolveStepConfig,
  orderApplySteps,
  type TBindings,
  type TDesiredResource,
  type TPlan,
} from '@/lib/plan/index.ts';
import { FakeSecure, refsFromBindings } from './helpers.ts';

/**
 * Applies a plan against the fake backend the way lib/runs will: steps in order, payloads from the
 * registry with ids resolved from the bindings so far, bindings updated after every step.
 */
export function applyPlan(
  plan: TPlan,
  resources: readonly TDesiredResource[],
  bindings: TBindings,
  secure: FakeSecure,
): TBindings {
  let current = bindings;
  const teamId = secure.live.currentTeamId ?? undefined;
  for (const step of orderApplySteps(plan).steps) {
    const change = plan.resource_changes.find((item) => item.address === step.address);
    if (!change) throw new Error(step.address);
    const resource = resources.find((item) => item.address === step.address);
    const refs = refsFromBindings(current, teamId);
    if (step.action === 'delete') {
      // A replace's delete removes the old object (change.liveId), not the one just created.
      secure.remove(change.apiFamily, change.liveId ?? current[step.address]?.id ?? '');
      current = bindingsAfterStep(current, { step, type: change.type });
      continue;
    }
    if (!resource) throw new Error(`no resource for ${step.address}`);
    const config = resolveStepConfig(resource, resources, current, teamId);
    if (step.action === 'adopt') {
      current = bindingsAfterStep(current, {
        step,
        type: change.type,
        config,
        refs,
        id: change.liveId ?? '',
      });
      continue;
    }
    const existing = step.action === 'update' ? current[step.address]?.id : undefined;
    const { id, object } = secure.write({ ...resource, config }, refs, existing);
    current = bindingsAfterStep(current, {
      step,
      type: change.type,
      config,
      refs,
      liveObject: object,
      id,
    });
  }
  return current;
}

/** Plans, applies, and returns the bindings and the plan that follows. */
export function applyThenPlan(
  resources: readonly TDesiredResource[],
  bindings: TBindings,
  secure: FakeSecure,
): { first: TPlan; bindings: TBindings; next: TPlan } {
  const first = computePlan({ desired: resources, live: secure.live, bindings });
  const after = applyPlan(first, resources, bindings, secure);
  return {
    first,
    bindings: after,
    next: computePlan({ desired: resources, live: secure.live, bindings: after }),
  };
}
