import 'server-only';
import { randomUUID } from 'node:crypto';
import { AppError } from '../errors/app-error.ts';
import type { TBindings } from '../plan/live-snapshot.ts';
import { bindingsAfterStep } from '../plan/bindings-after-step.ts';
import { orderApplySteps } from '../plan/order-apply-steps.ts';
import type { TDesiredResource, TPlan } from '../plan/plan-model.ts';
import type { TSecureClient } from '../secure/create-secure-client.ts';
import { executeStep } from './execute-step.ts';
import { planAgainstSecure } from './plan-against-secure.ts';
import type { TRunEvent, TRunRecord, TRunStep } from './run-types.ts';
import { withBackendLock } from './with-backend-lock.ts';

/** What an apply needs. */
export interface TApplyOptions {
  client: TSecureClient;
  desired: readonly TDesiredResource[];
  /** Reads and writes this (workspace, backend)'s bindings; written after every successful step. */
  bindings: { read: () => Promise<TBindings>; write: (bindings: TBindings) => Promise<void> };
  /** The reviewed plan; the apply is refused when a fresh plan differs. Null: plan and apply at once. */
  reviewed: Pick<TPlan, 'contentHash' | 'commit'> | null;
  commit: string | null;
  actor: string;
  lockDir: string;
  /** Steps of one stage running at once (default 4). */
  concurrency?: number;
  onEvent?: (event: TRunEvent) => void;
}

/**
 * Applies a plan (DESIGN §3 "Apply"): under the backend's lock, plans again and refuses if that
 * differs from the reviewed plan; runs the steps stage by stage (channels, lists, macros, rules,
 * policies, priorities; deletes in reverse), a few at a time within a stage; records bindings
 * after each successful step; on a failure lets the steps in flight finish, then stops, so every
 * step is done, failed or not started, and the next plan shows exactly what remains.
 * Returns the run record. Throws AppError('CONFLICT') for a stale plan or a busy backend.
 */
export async function applyPlan(options: TApplyOptions): Promise<TRunRecord> {
  return withBackendLock(options.lockDir, options.client.baseUrl, options.actor, async () => {
    let bindings = await options.bindings.read();
    const { plan, live } = await planAgainstSecure(
      options.client,
      options.desired,
      bindings,
      options.commit ?? undefined,
    );
    if (
      options.reviewed &&
      (options.reviewed.contentHash !== plan.contentHash ||
        (options.reviewed.commit ?? null) !== (plan.commit ?? null))
    ) {
      throw new AppError('CONFLICT', {
        message: 'the reviewed plan is stale',
        userMessage:
          'Secure or the code changed since this plan was made, so it was not applied. Run a new plan and review it.',
        details: {
          reason: 'stale-plan',
          reviewedHash: options.reviewed.contentHash,
          currentHash: plan.contentHash,
        },
      });
    }
    const { stages, steps } = orderApplySteps(plan);
    const runSteps: TRunStep[] = steps.map((s) => ({
      stepId: s.stepId,
      address: s.address,
      action: s.action,
      stage: s.stage,
      status: 'not-started',
    }));
    const record: TRunRecord = {
      id: randomUUID(),
      kind: 'apply',
      actor: options.actor,
      startedAt: new Date().toISOString(),
      commit: options.commit,
      planHash: plan.contentHash,
      summary: plan.summary,
      status: 'running',
      steps: runSteps,
    };
    const changeOf = new Map(plan.resource_changes.map((c) => [c.address, c]));
    const context = {
      client: options.client,
      desired: options.desired,
      live,
      currentTeamId: live.currentTeamId ?? undefined,
    };
    const emit = (step: TRunStep) => options.onEvent?.({ type: 'step', step: { ...step } });
    // Bindings are updated one step at a time, in completion order, and saved each time.
    let saving = Promise.resolve();
    let failed = false;
    for (const stage of stages) {
      const queue = steps.filter((s) => s.stage === stage.index);
      const run = async () => {
        while (queue.length > 0 && !failed) {
          const step = queue.shift()!;
          const status = runSteps.find((s) => s.stepId === step.stepId)!;
          status.status = 'running';
          emit(status);
          try {
            const result = await executeStep(context, step, changeOf.get(step.address)!, bindings);
            // Applied to the newest bindings at completion: steps of a stage run side by side.
            bindings = bindingsAfterStep(bindings, result);
            const snapshot = bindings;
            saving = saving.then(() => options.bindings.write(snapshot));
            await saving;
            status.status = 'done';
          } catch (error) {
            failed = true;
            status.status = 'failed';
            status.error =
              error instanceof AppError
                ? error.userMessage
                : 'unexpected error (see the server log)';
          }
          emit(status);
        }
      };
      await Promise.all(
        Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, queue.length)) }, run),
      );
      if (failed) break;
    }
    if (!failed && options.client.hasPendingForward)
      await options.client.forwardPolicyV2Msg().catch(() => undefined);
    record.status = failed ? 'failed' : 'succeeded';
    record.finishedAt = new Date().toISOString();
    record.requestCount = options.client.requestCount;
    options.onEvent?.({ type: 'finished', record: { ...record } });
    return record;
  });
}
