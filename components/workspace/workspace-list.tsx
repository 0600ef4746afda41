'use client';
import Link from 'next/link';
import { ApiError } from '@/lib/query/api-fetch';
import { useMe } from '@/lib/query/use-me';
import { useWorkspaces } from '@/lib/query/use-workspace-queries';
import { UserMenu } from '../auth/user-menu';
import { AddWorkspaceForm } from './add-workspace-form';
import { ProblemMessage } from '../ui/problem-message';

/** The dashboard's list of workspaces. */
export function WorkspaceList() {
  const workspaces = useWorkspaces();
  const me = useMe();
  return (
    <main className="home">
      <header className="topbar">
        <span className="brand">Rampart</span>
        <span className="muted">Sysdig Secure runtime security as code</span>
        <UserMenu />
      </header>
      <section className="panel" aria-labelledby="workspaces-heading">
        <h1 id="workspaces-heading">Workspaces</h1>
        {workspaces.error instanceof ApiError ? (
          <ProblemMessage problem={workspaces.error.problem} />
        ) : null}
        {workspaces.isPending ? <p className="muted">Loading…</p> : null}
        {workspaces.data?.workspaces.length === 0 ? (
          <p className="muted">No workspaces yet.</p>
        ) : null}
        <ul className="cards">
          {workspaces.data?.workspaces.map((workspace) => (
            <li key={workspace.id} className="card">
              <Link href={`/w/${encodeURIComponent(workspace.id)}`}>{workspace.name}</Link>
              <p>{workspace.description}</p>
              <p className="muted">
                Root modules: {workspace.roots.map((root) => root || '/').join(', ')} · Branch{' '}
                {workspace.defaultBranch} · {workspace.backend.label}
              </p>
            </li>
          ))}
        </ul>
      </section>
      {me.data?.role === 'admin' ? (
        <div className="home-panel">
          <AddWorkspaceForm />
        </div>
      ) : null}
    </main>
  );
}
