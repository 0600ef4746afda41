'use client';
import { ApiError } from '@/lib/query/api-fetch';
import {
  useAbortSync,
  useContinueSync,
  useResolveConflict,
  useSyncState,
} from '@/lib/query/use-sync-queries';
import { ProblemMessage } from '../ui/problem-message';
import { ConflictFile } from './conflict-file';

interface TSyncConflictsProps {
  workspaceId: string;
  branch: string;
  /** Files of the draft changed on disk (resolutions, continue, abort). */
  onDraftChanged: () => void;
}

/**
 * The draft's pull-with-rebase stopped on conflicts (read from git, so it is back after a
 * reload): each conflicted file with keep theirs / keep mine / edit, then Continue or Abort.
 */
export function SyncConflicts({ workspaceId, branch, onDraftChanged }: TSyncConflictsProps) {
  const state = useSyncState(workspaceId, branch);
  const resolve = useResolveConflict(workspaceId, branch);
  const proceed = useContinueSync(workspaceId, branch);
  const abort = useAbortSync(workspaceId, branch);
  const after = { onSuccess: onDraftChanged };
  if (!state.data?.isInProgress) {
    if (proceed.data?.status === 'done')
      return (
        <p role="status" className="panel">
          Pull with rebase complete{proceed.data.isPushed ? ': rebased and pushed.' : '.'}
        </p>
      );
    if (abort.isSuccess)
      return (
        <p role="status" className="panel">
          Pull with rebase aborted: your draft is as it was before.
        </p>
      );
    return null;
  }
  const { phase, step, files } = state.data;
  const isBusy = resolve.isPending || proceed.isPending || abort.isPending;
  const error = [resolve.error, proceed.error, abort.error].find((e) => e instanceof ApiError);
  return (
    <section className="panel" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Pull with rebase: conflicts</h2>
      <p>
        {phase === 'rebase' && step
          ? `Replaying your commit ${step.current} of ${step.total} (“${step.subject}”) onto ${branch}.`
          : `Putting your uncommitted edits back on top of ${branch}.`}{' '}
        {files.length === 0
          ? 'Every file is resolved: continue.'
          : `${files.length} file${files.length === 1 ? '' : 's'} to resolve.`}
      </p>
      {files.map((file) => (
        <ConflictFile
          key={`${file.path}:${file.etag}`}
          file={file}
          theirsLabel={`the version on ${branch} (origin's)`}
          mineLabel={phase === 'stash' ? 'your uncommitted edit' : "your draft's commit"}
          isBusy={isBusy}
          onResolve={(body) => resolve.mutate(body, after)}
        />
      ))}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={isBusy || files.length > 0}
          onClick={() => proceed.mutate(undefined, after)}
        >
          Continue
        </button>{' '}
        <button type="button" disabled={isBusy} onClick={() => abort.mutate(undefined, after)}>
          Abort
        </button>
      </div>
      {error instanceof ApiError ? <ProblemMessage problem={error.problem} /> : null}
    </section>
  );
}
