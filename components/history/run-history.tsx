'use client';
import { useQuery } from '@tanstack/react-query';
import { ZRunList } from '@/lib/contracts/plan-api';
import { apiFetch } from '@/lib/query/api-fetch';
import { workspaceKeys } from '@/lib/query/workspace-keys';

/** The workspace's plans and applies: who, when, which commit, what changed, and each step of an apply. */
export function RunHistory({ workspaceId }: { workspaceId: string }) {
  const runs = useQuery({
    queryKey: [...workspaceKeys.detail(workspaceId), 'runs'],
    queryFn: ({ signal }) =>
      apiFetch(`/api/workspaces/${encodeURIComponent(workspaceId)}/runs`, ZRunList, { signal }),
  });
  return (
    <section className="panel" aria-labelledby="runs-heading">
      <h2 id="runs-heading">Plans and applies</h2>
      {runs.data?.runs.length === 0 ? <p className="muted">None yet.</p> : null}
      <ol className="history" aria-label="Runs">
        {runs.data?.runs.map((run) => (
          <li key={`${run.kind}-${run.id}`}>
            <span className="subject">
              {run.kind === 'apply' ? `Apply ${run.status}` : 'Plan'}: +{run.summary.add} ~
              {run.summary.change} −{run.summary.destroy} ⇣{run.summary.import}
            </span>
            <span className="muted">
              {run.actor} · <time dateTime={run.time}>{new Date(run.time).toLocaleString()}</time>
              {run.commit ? (
                <>
                  {' '}
                  · <code>{run.commit.slice(0, 8)}</code>
                </>
              ) : null}
            </span>
            {run.message ? <span className="text-error">{run.message}</span> : null}
            {run.steps && run.steps.length > 0 ? (
              <details>
                <summary>{run.steps.length} steps</summary>
                <ul>
                  {run.steps.map((step) => (
                    <li key={`${step.address}-${step.action}`}>
                      {step.status} · {step.action} <code>{step.address}</code>
                      {step.error ? ` — ${step.error}` : ''}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
