'use client';
import { useCommits } from '@/lib/query/use-workspace-queries';
import { RunHistory } from './run-history';

/** The branch's commits, newest first. */
export function CommitHistory({ workspaceId, branch }: { workspaceId: string; branch: string }) {
  const commits = useCommits(workspaceId, branch);
  return (
    <>
      <section className="panel" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        {commits.isPending ? <p className="muted">Loading…</p> : null}
        {commits.data ? (
          <ol className="history" aria-label="Commits">
            {commits.data.commits.map((commit) => (
              <li key={commit.sha}>
                <span className="subject">{commit.subject}</span>
                <span className="muted">
                  {commit.authorName} ·{' '}
                  <time dateTime={commit.date}>{new Date(commit.date).toLocaleString()}</time> ·{' '}
                  <code>{commit.sha.slice(0, 8)}</code>
                </span>
              </li>
            ))}
          </ol>
        ) : null}
      </section>
      <RunHistory workspaceId={workspaceId} />
    </>
  );
}
