'use client';
import { useQuery } from '@tanstack/react-query';
import { ZRunList } from '@/lib/contracts/plan-api';
import { apiFetch } from '@/lib/query/api-fetch';
import { workspaceKeys } from '@/lib/query/workspace-keys';

/** The last plan and the last apply of the workspace, with a drift badge when the plan saw any. */
export function LastRuns({ workspaceId }: { workspaceId: string }) {
  const runs = useQuery({
    queryKey: [...workspaceKeys.detail(workspaceId), 'runs'],
    queryFn: ({ signal }) =>
      apiFetch(`/api/workspaces/${encodeURIComponent(workspaceId)}/runs`, ZRunList, { signal }),
  });
  const plan = runs.data?.runs.find((r) => r.kind === 'plan');
  const apply = runs.data?.runs.find((r) => r.kind === 'apply');
  return (
    <p className="last-runs">
      Last plan:{' '}
      {plan ? (
        <>
          +{plan.summary.add} ~{plan.summary.change} −{plan.summary.destroy} ⇣{plan.summary.import}{' '}
          by {plan.actor}, <time dateTime={plan.time}>{new Date(plan.time).toLocaleString()}</time>
          {plan.drift ? <span className="badge-drift"> {plan.drift} drifted in Secure</span> : null}
        </>
      ) : (
        <span className="muted">none yet</span>
      )}{' '}
      · Last apply:{' '}
      {apply ? (
        <>
          <span className={apply.status === 'succeeded' ? 'apply-ok' : 'text-error'}>
            {apply.status}
          </span>{' '}
          by {apply.actor},{' '}
          <time dateTime={apply.time}>{new Date(apply.time).toLocaleString()}</time>
        </>
      ) : (
        <span className="muted">none yet</span>
      )}
    </p>
  );
}
