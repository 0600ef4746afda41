'use client';
import type { TDraftIndex, TDiagnostic } from '@/lib/contracts/index-api';
import type { TDraftTree } from '@/lib/contracts/workspace-api';
import { StatusBadge } from '../ui/status-badge';
import { LastRuns } from './last-runs';
import { PolicyOrderEditor } from './policy-order-editor';
import { ResourceChanges } from './resource-changes';
import { UpgradeSyntaxButton } from './upgrade-syntax-button';

interface TWorkspaceOverviewProps {
  workspaceId: string;
  branch: string;
  index: TDraftIndex | undefined;
  files: TDraftTree['files'];
  onOpen: (file: string, line?: number) => void;
  /** Called with a file the overview rewrote (a resource's changes discarded). */
  onFileChanged?: (file: string) => void;
}

/** The workspace dashboard: resources per type and era, problems to fix, and the draft's changes. */
export function WorkspaceOverview({
  workspaceId,
  branch,
  index,
  files,
  onOpen,
  onFileChanged,
}: TWorkspaceOverviewProps) {
  const resources = index?.roots.flatMap((r) => r.resources) ?? [];
  const diagnostics = index?.roots.flatMap((r) => r.diagnostics) ?? [];
  const problems = diagnostics.filter((d) => d.severity !== 'info');
  const errors = problems.filter((d) => d.severity === 'error').length;
  const counts = new Map<string, { type: string; era: string; count: number }>();
  for (const resource of resources) {
    const key = `${resource.era}\0${resource.type}`;
    const entry = counts.get(key) ?? { type: resource.type, era: resource.era, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const changed = files.filter((f) => f.status !== 'unmodified');
  return (
    <div className="overview">
      <section className="panel" aria-labelledby="summary-heading">
        <h2 id="summary-heading">Overview of {branch}</h2>
        <p>
          <strong>{resources.length}</strong> resources in {index?.roots.length ?? 0} root modules ·{' '}
          <strong className={errors ? 'text-error' : ''}>{errors}</strong> errors ·{' '}
          <strong>{problems.length - errors}</strong> warnings · <strong>{changed.length}</strong>{' '}
          changed files
        </p>
        {index === undefined ? <p className="muted">Indexing…</p> : null}
        <LastRuns workspaceId={workspaceId} />
      </section>
      <section className="panel" aria-labelledby="problems-heading">
        <h2 id="problems-heading">Problems</h2>
        {problems.length === 0 ? <p className="muted">No errors or warnings.</p> : null}
        <ul className="problems" aria-label="Problems">
          {problems.map((d, i) => (
            <li key={`${d.file}:${d.line}:${d.column}:${d.code}:${i}`}>
              <ProblemLink diagnostic={d} onOpen={onOpen} />
              {d.code === 'legacy-block-in-object' ? (
                <UpgradeSyntaxButton workspaceId={workspaceId} branch={branch} path={d.file} />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="types-heading">
        <h2 id="types-heading">Resources by type</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Era</th>
              <th scope="col">Count</th>
            </tr>
          </thead>
          <tbody>
            {[...counts.values()]
              .sort((a, b) => a.era.localeCompare(b.era) || a.type.localeCompare(b.type))
              .map((row) => (
                <tr key={`${row.era}:${row.type}`}>
                  <td>
                    <code>{row.type}</code>
                  </td>
                  <td>{row.era === 'other' ? 'other provider' : row.era}</td>
                  <td>{row.count}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </section>
      <ResourceChanges workspaceId={workspaceId} branch={branch} onFileChanged={onFileChanged} />
      <PolicyOrderEditor workspaceId={workspaceId} branch={branch} />
      <section className="panel" aria-labelledby="changes-heading">
        <h2 id="changes-heading">Changed in your draft</h2>
        {changed.length === 0 ? <p className="muted">Nothing yet.</p> : null}
        <ul>
          {changed.map((f) => (
            <li key={f.path}>
              <button
                type="button"
                className="link"
                onClick={() => onOpen(f.path)}
                disabled={f.status === 'deleted'}
              >
                {f.path}
              </button>{' '}
              <StatusBadge status={f.status} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function ProblemLink({
  diagnostic: d,
  onOpen,
}: {
  diagnostic: TDiagnostic;
  onOpen: (file: string, line?: number) => void;
}) {
  return (
    <button
      type="button"
      className={`problem problem-${d.severity}`}
      onClick={() => onOpen(d.file, d.line)}
    >
      <span className="problem-where">
        {d.file}:{d.line}:{d.column}
      </span>{' '}
      <span className="problem-severity">{d.severity}</span> {d.message}
      {d.hint ? <span className="muted"> — {d.hint}</span> : null}
    </button>
  );
}
