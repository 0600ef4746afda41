'use client';
import { useQuery } from '@tanstack/react-query';
import { ZDraftChanges } from '@/lib/contracts/index-api';
import { apiFetch } from '@/lib/query/api-fetch';
import { workspaceKeys } from '@/lib/query/workspace-keys';

/** The draft's changes against HEAD, per resource and field, labelled like the form. */
export function ResourceChanges({ workspaceId, branch }: { workspaceId: string; branch: string }) {
  const changes = useQuery({
    queryKey: workspaceKeys.changes(workspaceId, branch),
    queryFn: ({ signal }) =>
      apiFetch(
        `/api/workspaces/${encodeURIComponent(workspaceId)}/changes?${new URLSearchParams({ branch })}`,
        ZDraftChanges,
        { signal },
      ),
  });
  const resources = changes.data?.resources ?? [];
  return (
    <section className="panel" aria-labelledby="resource-changes-heading">
      <h2 id="resource-changes-heading">Changed resources</h2>
      {changes.isPending ? <p className="muted">Comparing with the last commit…</p> : null}
      {changes.data && resources.length === 0 ? (
        <p className="muted">No resource changed since the last commit.</p>
      ) : null}
      <ul className="resource-changes" aria-label="Changed resources">
        {resources.map((resource) => (
          <li key={resource.address}>
            <span
              className={`action action-${resource.change === 'added' ? 'create' : resource.change === 'removed' ? 'delete' : 'update'}`}
            >
              {resource.change}
            </span>{' '}
            <code>{resource.address}</code>
            {resource.change === 'changed' ? (
              <ul>
                {resource.attributes.map((attribute) => (
                  <li key={attribute.path}>
                    {attribute.label}: {show(attribute.before, attribute.isSensitive)} →{' '}
                    {show(attribute.after, attribute.isSensitive)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function show(value: unknown, isSensitive: boolean): string {
  if (isSensitive) return '(sensitive)';
  if (value === undefined || value === null) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
