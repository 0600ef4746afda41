'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ZDraftChanges, type TDraftChanges } from '@/lib/contracts/index-api';
import { ApiError, apiFetch } from '@/lib/query/api-fetch';
import { useDiscardResource } from '@/lib/query/use-discard-resource';
import { workspaceKeys } from '@/lib/query/workspace-keys';
import { ProblemMessage } from '../ui/problem-message';

type TChange = TDraftChanges['resources'][number];

interface TResourceChangesProps {
  workspaceId: string;
  branch: string;
  /** Called with the file a discard rewrote (an open editor of it reloads). */
  onFileChanged?: (file: string) => void;
}

/** The draft's changes against HEAD, per resource and field, labelled like the form; discard one. */
export function ResourceChanges({ workspaceId, branch, onFileChanged }: TResourceChangesProps) {
  const changes = useQuery({
    queryKey: workspaceKeys.changes(workspaceId, branch),
    queryFn: ({ signal }) =>
      apiFetch(
        `/api/workspaces/${encodeURIComponent(workspaceId)}/changes?${new URLSearchParams({ branch })}`,
        ZDraftChanges,
        { signal },
      ),
  });
  const discard = useDiscardResource(workspaceId, branch);
  const [confirming, setConfirming] = useState<string | null>(null);
  const resources = changes.data?.resources ?? [];
  const discardOne = (resource: TChange) =>
    discard.mutate(
      { path: resource.file, address: resource.address, baseEtag: resource.etag },
      { onSuccess: () => onFileChanged?.(resource.file) },
    );
  return (
    <section className="panel" aria-labelledby="resource-changes-heading">
      <h2 id="resource-changes-heading">Changed resources</h2>
      {changes.isPending ? <p className="muted">Comparing with the last commit…</p> : null}
      {changes.data && resources.length === 0 ? (
        <p className="muted">No resource changed since the last commit.</p>
      ) : null}
      {discard.error instanceof ApiError ? (
        <ProblemMessage problem={discard.error.problem} />
      ) : null}
      <ul className="resource-changes" aria-label="Changed resources">
        {resources.map((resource) => (
          <li key={resource.address} aria-label={resource.address}>
            <span
              className={`action action-${resource.change === 'added' ? 'create' : resource.change === 'removed' ? 'delete' : 'update'}`}
            >
              {resource.change}
            </span>{' '}
            <code>{resource.address}</code> <span className="muted">{resource.file}</span>{' '}
            {confirming === resource.address ? (
              <span className="confirm" role="group" aria-label="Confirm discard">
                {discardQuestion(resource)}{' '}
                <button
                  type="button"
                  className="danger"
                  disabled={discard.isPending}
                  onClick={() => {
                    setConfirming(null);
                    discardOne(resource);
                  }}
                >
                  Yes, discard
                </button>{' '}
                <button type="button" onClick={() => setConfirming(null)}>
                  Keep
                </button>
              </span>
            ) : (
              <button
                type="button"
                aria-label={`Discard changes to ${resource.address}`}
                disabled={discard.isPending || !resource.file.endsWith('.tf')}
                onClick={() => setConfirming(resource.address)}
              >
                Discard
              </button>
            )}
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

function discardQuestion(resource: TChange): string {
  if (resource.change === 'added') return `Remove ${resource.address} from ${resource.file}?`;
  if (resource.change === 'removed') return `Restore ${resource.address} as committed?`;
  return `Put ${resource.address} back as committed (other edits in ${resource.file} stay)?`;
}

function show(value: unknown, isSensitive: boolean): string {
  if (isSensitive) return '(sensitive)';
  if (value === undefined || value === null) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
