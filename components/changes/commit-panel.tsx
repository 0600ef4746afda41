'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { TDraftTree } from '@/lib/contracts/workspace-api';
import { ApiError } from '@/lib/query/api-fetch';
import { useSyncDraft } from '@/lib/query/use-sync-queries';
import { useCommit } from '@/lib/query/use-workspace-queries';
import { ProblemMessage } from '../ui/problem-message';
import { StatusBadge } from '../ui/status-badge';

interface TCommitPanelProps {
  workspaceId: string;
  branch: string;
  changed: TDraftTree['files'];
  hasUnsavedEdits: boolean;
  onCommitted: () => void;
}

/** The draft's changed files, a message, and Commit: to the draft's branch or to a new branch. */
export function CommitPanel({
  workspaceId,
  branch,
  changed,
  hasUnsavedEdits,
  onCommitted,
}: TCommitPanelProps) {
  const router = useRouter();
  const [message, setMessage] = useState('');
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  // null: commit to the draft's branch; a string: to a new branch of that name.
  const [newBranch, setNewBranch] = useState<string | null>(null);
  const commit = useCommit(workspaceId, branch);
  const sync = useSyncDraft(workspaceId, branch);
  const isBranchMoved =
    (commit.error instanceof ApiError && commit.error.status === 409) ||
    commit.data?.push === 'rejected';
  const chosen = changed.map((f) => f.path).filter((p) => !excluded.has(p));
  const canCommit =
    chosen.length > 0 &&
    message.trim().length > 0 &&
    (newBranch === null || newBranch.trim().length > 0) &&
    !hasUnsavedEdits &&
    !commit.isPending;
  return (
    <section className="panel" aria-labelledby="commit-heading">
      <h2 id="commit-heading">Commit to {branch}</h2>
      {changed.length === 0 ? (
        <p className="muted">No changes in your draft.</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!canCommit) return;
            commit.mutate(
              { message, files: chosen, ...(newBranch === null ? {} : { newBranch }) },
              {
                onSuccess: (result) => {
                  setMessage('');
                  setExcluded(new Set());
                  onCommitted();
                  // The draft follows the commit to its new branch.
                  if (result.branch !== branch)
                    router.push(
                      `/w/${encodeURIComponent(workspaceId)}?branch=${encodeURIComponent(result.branch)}`,
                    );
                },
              },
            );
          }}
        >
          <fieldset>
            <legend>Changed files</legend>
            {changed.map((file) => (
              <label key={file.path} className="check">
                <input
                  type="checkbox"
                  checked={!excluded.has(file.path)}
                  onChange={(event) => {
                    const next = new Set(excluded);
                    if (event.target.checked) next.delete(file.path);
                    else next.add(file.path);
                    setExcluded(next);
                  }}
                />
                {file.path} <StatusBadge status={file.status} />
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Commit to</legend>
            <label className="check">
              <input
                type="radio"
                name="commit-target"
                checked={newBranch === null}
                onChange={() => setNewBranch(null)}
              />{' '}
              {branch}
            </label>
            <label className="check">
              <input
                type="radio"
                name="commit-target"
                checked={newBranch !== null}
                onChange={() => setNewBranch('')}
              />{' '}
              a new branch
            </label>
            {newBranch !== null ? (
              <>
                <label htmlFor="commit-new-branch">New branch name</label>
                <input
                  id="commit-new-branch"
                  value={newBranch}
                  maxLength={200}
                  placeholder="e.g. raise-shell-severity"
                  onChange={(e) => setNewBranch(e.target.value)}
                />
              </>
            ) : null}
          </fieldset>
          <label htmlFor="commit-message">Commit message</label>
          <textarea
            id="commit-message"
            value={message}
            rows={3}
            maxLength={10_000}
            onChange={(e) => setMessage(e.target.value)}
          />
          {hasUnsavedEdits ? <p className="muted">Saving your last edits…</p> : null}
          <button type="submit" className="primary" disabled={!canCommit}>
            Commit
          </button>
          {commit.error instanceof ApiError ? (
            <ProblemMessage problem={commit.error.problem} />
          ) : null}
        </form>
      )}
      {commit.data?.push === 'pushed' ? <p role="status">Committed and pushed to origin.</p> : null}
      {commit.data?.push === 'rejected' ? (
        <p role="alert" className="alert alert-warning">
          {commit.data.pushMessage}
        </p>
      ) : null}
      {isBranchMoved ? (
        <button
          type="button"
          onClick={() =>
            sync.mutate(undefined, {
              onSuccess: () => {
                commit.reset();
                onCommitted();
              },
            })
          }
          disabled={sync.isPending}
        >
          Pull with rebase
        </button>
      ) : null}
      {sync.error instanceof ApiError ? <ProblemMessage problem={sync.error.problem} /> : null}
      {sync.data?.status === 'done' ? (
        <p role="status">
          {sync.data.isPushed ? 'Rebased and pushed.' : 'Your draft is up to date.'}
        </p>
      ) : null}
      {sync.data?.status === 'conflict' ? (
        <p role="status">Pull with rebase stopped on conflicts: resolve them to go on.</p>
      ) : null}
    </section>
  );
}
