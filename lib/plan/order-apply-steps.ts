import { APPLY_ORDER } from '../sysdig/index.ts';
import type { TPlan, TResourceChange } from './plan-model.ts';
import { sortTopologically } from './sort-topologically.ts';

/** What one apply step does: `adopt` only records the binding (no API write). */
export type TStepAction = 'create' | 'update' | 'adopt' | 'delete';

/** One apply step. `stepId` is `<address>#<action>`, unique within a plan. */
export interface TApplyStep {
  readonly stepId: string;
  readonly address: string;
  readonly action: TStepAction;
  /** Index into the stages. */
  readonly stage: number;
  /** Set on the delete and create steps of a replace. */
  readonly isReplace?: boolean;
}

/** A stage: steps of one apply rank, run in order. */
export interface TApplyStage {
  readonly index: number;
  /** `create-update channels`, …, `delete policies`. */
  readonly name: string;
  readonly steps: TApplyStep[];
}

const PLURALS: Record<string, string> = { policy: 'policies', priorities: 'priorities' };
const RANK_NAMES = new Map<number, string>(
  Object.entries(APPLY_ORDER).map(([name, rank]) => [rank, PLURALS[name] ?? `${name}s`]),
);

/**
 * The apply steps of a plan (DESIGN §3 "Apply"), in stages: first creates, adopts and updates by
 * registry rank (channels, lists, macros, rules and the user rules file, policies, then priorities),
 * within a rank in reference order (`dependsOn`); then deletes by reverse rank, dependents first.
 * A replace whose name changes is create-before-delete (its create in the rank's stage, its delete
 * with the deletes: dependents switch to the new object before the old one goes); one that keeps its
 * name is delete-before-create (the delete runs right before the create, as Terraform does by
 * default, because Secure may refuse two objects with one name). An adopt followed by an update is
 * two steps. No-ops have no step. Pure.
 */
export function orderApplySteps(plan: Pick<TPlan, 'resource_changes'>): {
  stages: TApplyStage[];
  steps: TApplyStep[];
} {
  const changes = plan.resource_changes.filter(
    (change) => !change.change.actions.includes('no-op'),
  );
  const writes = changes.filter((change) => !change.change.actions.includes('delete'));
  const deletes = changes.filter(
    (change) =>
      change.change.actions.includes('delete') ||
      (change.change.actions.includes('replace') &&
        change.change.replaceOrder === 'create-before-delete'),
  );
  const stages: TApplyStage[] = [];
  const ranks = [...new Set(writes.map((change) => change.applyOrder))].sort((a, b) => a - b);
  for (const rank of ranks) {
    const inRank = sortTopologically(
      writes.filter((change) => change.applyOrder === rank),
      (change) => change.address,
      (change) => change.dependsOn,
      byAddress,
    );
    const index = stages.length;
    const steps = inRank.flatMap((change) => writeSteps(change, index));
    stages.push({ index, name: `apply ${RANK_NAMES.get(rank) ?? `rank ${rank}`}`, steps });
  }
  const deleteRanks = [...new Set(deletes.map((change) => change.applyOrder))].sort(
    (a, b) => b - a,
  );
  for (const rank of deleteRanks) {
    const inRank = sortTopologically(
      deletes.filter((change) => change.applyOrder === rank),
      (change) => change.address,
      (change) => change.dependsOn,
      byAddress,
    ).reverse();
    const index = stages.length;
    const steps = inRank.map((change) =>
      step(change.address, 'delete', index, change.change.actions.includes('replace')),
    );
    stages.push({ index, name: `delete ${RANK_NAMES.get(rank) ?? `rank ${rank}`}`, steps });
  }
  return { stages, steps: stages.flatMap((stage) => stage.steps) };
}

function writeSteps(change: TResourceChange, stage: number): TApplyStep[] {
  const { actions, replaceOrder } = change.change;
  const steps: TApplyStep[] = [];
  if (actions.includes('adopt')) steps.push(step(change.address, 'adopt', stage));
  if (actions.includes('create')) steps.push(step(change.address, 'create', stage));
  if (actions.includes('update')) steps.push(step(change.address, 'update', stage));
  if (actions.includes('replace')) {
    if (replaceOrder !== 'create-before-delete')
      steps.push(step(change.address, 'delete', stage, true));
    steps.push(step(change.address, 'create', stage, true));
  }
  return steps;
}

function step(address: string, action: TStepAction, stage: number, isReplace = false): TApplyStep {
  return {
    stepId: `${address}#${action}`,
    address,
    action,
    stage,
    ...(isReplace ? { isReplace } : {}),
  };
}

function byAddress(a: TResourceChange, b: TResourceChange): number {
  return a.address < b.address ? -1 : a.address > b.address ? 1 : 0;
}
