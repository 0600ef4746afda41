'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { TDraftPlan } from '@/lib/contracts/plan-api';
import { ApiError, apiFetch } from '@/lib/query/api-fetch';
import { useMe } from '@/lib/query/use-me';
import { workspaceKeys } from '@/lib/query/workspace-keys';
import { ProblemMessage } from '../ui/problem-message';

interface TStep {
  stepId: string;
  address: string;
  action: string;
  status: string;
  error?: string;
}

type TApplyState =
  | { kind: 'idle' }
  | { kind: 'confirming' }
  | { kind: 'running'; runId: string; steps: TStep[] }
  | { kind: 'finished'; status: string; message?: string; steps: TStep[] };

/** Apply a reviewed plan: explicit confirmation, live progress per step, then the result. */
export function ApplyPanel({
  workspaceId,
  branch,
  plan,
  onPlanAgain,
}: {
  workspaceId: string;
  branch: string;
  plan: TDraftPlan;
  onPlanAgain: () => void;
}) {
  const client = useQueryClient();
  const me = useMe();
  const [state, setState] = useState<TApplyState>({ kind: 'idle' });
  const [isReviewed, setReviewed] = useState(false);
  const { summary } = plan.plan;
  const hasChanges =
    summary.add + summary.change + summary.destroy + summary.import + summary.replace > 0;
  const canApply = me.data ? ['approver', 'admin'].includes(me.data.role) : false;
  const start = useMutation({
    mutationFn: () =>
      apiFetch(
        `/api/workspaces/${encodeURIComponent(workspaceId)}/applies?${new URLSearchParams({ branch })}`,
        z.object({ runId: z.string() }),
        {
          method: 'POST',
          body: { planHash: plan.plan.contentHash },
        },
      ),
    onSuccess: ({ runId }) => setState({ kind: 'running', runId, steps: [] }),
  });
  const runId = state.kind === 'running' ? state.runId : null;
  useEffect(() => {
    if (!runId) return;
    const source = new EventSource(
      `/api/workspaces/${encodeURIComponent(workspaceId)}/applies/${runId}/events`,
    );
    const steps = new Map<string, TStep>();
    source.addEventListener('step', (message) => {
      const { step } = JSON.parse((message as MessageEvent<string>).data) as { step: TStep };
      steps.set(step.stepId, step);
      setState({ kind: 'running', runId, steps: [...steps.values()] });
    });
    source.addEventListener('finished', (message) => {
      const { record } = JSON.parse((message as MessageEvent<string>).data) as {
        record: { status: string; message?: string; steps: TStep[] };
      };
      source.close();
      setState({
        kind: 'finished',
        status: record.status,
        message: record.message,
        steps: record.steps,
      });
      void client.invalidateQueries({ queryKey: workspaceKeys.detail(workspaceId) });
    });
    return () => source.close();
  }, [runId, workspaceId, client]);

  if (!hasChanges) return null;
  if (!plan.isDraftClean) return <p className="muted">Commit your changes to apply this plan.</p>;
  return (
    <section className="panel" aria-labelledby="apply-heading">
      <h2 id="apply-heading">Apply</h2>
      {state.kind === 'idle' ? (
        <>
          <button
            type="button"
            className="danger"
            disabled={!canApply}
            onClick={() => setState({ kind: 'confirming' })}
          >
            Apply…
          </button>
          {!canApply ? <p className="muted">Applying needs the approver role.</p> : null}
        </>
      ) : null}
      {state.kind === 'confirming' ? (
        <div role="group" aria-label="Confirm apply" className="confirm-apply">
          <p>
            This changes the live Secure backend:{' '}
            <strong>
              {summary.add} to add, {summary.change} to change, {summary.destroy} to destroy,{' '}
              {summary.import} to import
            </strong>
            , from commit <code>{plan.plan.commit?.slice(0, 12)}</code>.
          </p>
          <label className="check">
            <input
              type="checkbox"
              checked={isReviewed}
              onChange={(e) => setReviewed(e.target.checked)}
            />{' '}
            I reviewed this plan
          </label>
          <button
            type="button"
            className="danger"
            disabled={!isReviewed || start.isPending}
            onClick={() => start.mutate()}
          >
            Confirm apply
          </button>{' '}
          <button type="button" onClick={() => setState({ kind: 'idle' })}>
            Cancel
          </button>
          {start.error instanceof ApiError ? (
            <ProblemMessage problem={start.error.problem} />
          ) : null}
        </div>
      ) : null}
      {state.kind === 'running' || state.kind === 'finished' ? (
        <>
          {state.kind === 'finished' ? (
            <p role="status" className={state.status === 'succeeded' ? 'apply-ok' : 'text-error'}>
              {state.status === 'succeeded'
                ? 'Apply complete.'
                : state.status === 'refused'
                  ? `Apply refused: ${state.message ?? ''}`
                  : 'Apply failed: nothing after the failed step was started.'}
            </p>
          ) : (
            <p role="status">Applying…</p>
          )}
          <ol className="apply-steps" aria-label="Apply steps">
            {state.steps.map((step) => (
              <li key={step.stepId} className={`step step-${step.status}`}>
                <span className="step-status">{step.status}</span> {step.action}{' '}
                <code>{step.address}</code>
                {step.error ? <span className="text-error"> — {step.error}</span> : null}
              </li>
            ))}
          </ol>
          {state.kind === 'finished' ? (
            <button type="button" onClick={onPlanAgain}>
              Plan again
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
