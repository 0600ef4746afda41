'use client';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/query/api-fetch';
import { useDiscardFile, useDraftFiles, useWorkspace } from '@/lib/query/use-workspace-queries';
import { workspaceKeys } from '@/lib/query/workspace-keys';
import { UserMenu } from '../auth/user-menu';
import { CommitPanel } from '../changes/commit-panel';
import { SyncConflicts } from '../changes/sync-conflicts';
import { EditorPane } from '../editor/editor-pane';
import { CommitHistory } from '../history/commit-history';
import { ProblemMessage } from '../ui/problem-message';
import { isDirty } from './file-buffer';
import { BranchSwitcher } from './branch-switcher';
import { FileTree } from './file-tree';
import { CommandPalette, type TPaletteItem } from '../palette/command-palette';
import { useResourceOperations } from '../resources/resource-operations';
import { WorkspaceOverview } from '../dashboard/workspace-overview';
import { ResourceBrowser } from '../resources/resource-browser';
import { ResourceRelations } from '../resources/resource-relations';
import { PlanView } from '../plan/plan-view';
import { ResourceForm } from '../forms/resource-form';
import { useDraftIndex } from '@/lib/query/use-draft-index';
import { useFileBuffers } from './use-file-buffers';

/** A workspace draft: files, the open file (edit or diff), commit and history. */
export function Studio({
  workspaceId,
  branch: requestedBranch,
  initialView,
}: {
  workspaceId: string;
  branch?: string;
  /** The view to open on (`?view=resources`); the overview by default. */
  initialView?: 'overview' | 'resources' | 'plan';
}) {
  const workspace = useWorkspace(workspaceId);
  const branch = requestedBranch ?? workspace.data?.defaultBranch;
  if (workspace.error instanceof ApiError)
    return <ProblemMessage problem={workspace.error.problem} />;
  if (!branch) return <p className="muted">Loading workspace…</p>;
  // With the branch known, the draft's queries start at once; name and backend follow.
  return (
    <DraftStudio
      workspaceId={workspaceId}
      name={workspace.data?.name ?? workspaceId}
      backend={workspace.data?.backend.label ?? '…'}
      branch={branch}
      initialView={initialView ?? 'overview'}
    />
  );
}

function DraftStudio({
  workspaceId,
  name,
  backend,
  branch,
  initialView,
}: {
  workspaceId: string;
  name: string;
  backend: string;
  branch: string;
  initialView: 'overview' | 'resources' | 'plan';
}) {
  const client = useQueryClient();
  const files = useDraftFiles(workspaceId, branch);
  const discard = useDiscardFile(workspaceId, branch);
  const { buffers, load, edit, save, reload } = useFileBuffers(workspaceId, branch);
  const [view, setView] = useState<'overview' | 'resources' | 'plan' | 'file' | 'resource'>(
    initialView,
  );
  const [formAddress, setFormAddress] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [reveal, setReveal] = useState<{ line: number; nonce: number } | null>(null);
  const index = useDraftIndex(workspaceId, branch);
  const buffer = selected ? buffers[selected] : undefined;
  const changed = (files.data?.files ?? []).filter((f) => f.status !== 'unmodified');
  const hasUnsavedEdits = Object.values(buffers).some(isDirty);

  const open = (path: string, line?: number) => {
    setSelected(path);
    setView('file');
    setReveal(line ? { line, nonce: Date.now() } : null);
    void load(path);
  };
  const openForm = (address: string) => {
    setFormAddress(address);
    setView('resource');
  };

  const operations = useResourceOperations(
    workspaceId,
    branch,
    (files.data?.files ?? [])
      .filter((f) => f.status !== 'deleted' && f.path.endsWith('.tf'))
      .map((f) => f.path),
  );
  // Every resource and file: rebuilt only when the index or the file list changes.
  const paletteItems = useMemo<TPaletteItem[]>(
    () => [
      ...(index.data?.roots.flatMap((root) => root.resources) ?? []).map((r) => ({
        label: r.address,
        detail: `${r.file}:${r.line}`,
        file: r.file,
        line: r.line,
      })),
      ...(files.data?.files ?? [])
        .filter((f) => f.status !== 'deleted')
        .map((f) => ({ label: f.path, detail: 'file', file: f.path })),
    ],
    [index.data, files.data],
  );

  return (
    <div className="studio">
      <CommandPalette items={paletteItems} onOpen={open} />
      <header className="topbar">
        <Link href="/" className="brand">
          Rampart
        </Link>
        <span aria-label="Workspace">{name}</span>
        <BranchSwitcher workspaceId={workspaceId} branch={branch} />
        <span className="chip" aria-label="Secure backend">
          {backend}
        </span>
        <UserMenu />
      </header>
      <aside className="sidebar">
        {files.error instanceof ApiError ? <ProblemMessage problem={files.error.problem} /> : null}
        <nav aria-label="Views" className="views">
          <button
            type="button"
            aria-current={view === 'overview' ? 'page' : undefined}
            onClick={() => setView('overview')}
          >
            Overview
          </button>
          <button
            type="button"
            aria-current={view === 'resources' ? 'page' : undefined}
            onClick={() => setView('resources')}
          >
            Resources
          </button>
          <button
            type="button"
            aria-current={view === 'plan' ? 'page' : undefined}
            onClick={() => setView('plan')}
          >
            Plan
          </button>
        </nav>
        {files.data ? (
          <FileTree
            files={files.data.files}
            selected={view === 'file' ? selected : null}
            onSelect={(path) => open(path)}
          />
        ) : (
          <p className="muted">Loading files…</p>
        )}
      </aside>
      <main className="main">
        <SyncConflicts
          workspaceId={workspaceId}
          branch={branch}
          onDraftChanged={() => {
            for (const [path, open] of Object.entries(buffers))
              if (!isDirty(open)) void reload(path);
          }}
        />
        {view === 'overview' ? (
          <WorkspaceOverview
            workspaceId={workspaceId}
            branch={branch}
            index={index.data}
            files={files.data?.files ?? []}
            onOpen={open}
            onFileChanged={(file) => {
              if (buffers[file] && !isDirty(buffers[file])) void reload(file);
            }}
          />
        ) : null}
        {view === 'plan' ? <PlanView workspaceId={workspaceId} branch={branch} /> : null}
        {view === 'resources' ? (
          <ResourceBrowser
            index={index.data}
            files={files.data?.files ?? []}
            onOpen={open}
            onOpenForm={openForm}
            operations={operations}
          />
        ) : null}
        {view === 'resource' && formAddress ? (
          <ResourceForm
            key={formAddress}
            workspaceId={workspaceId}
            branch={branch}
            address={formAddress}
            onOpenCode={open}
            onSaved={(file) => {
              // The file changed on disk: an open buffer of it reloads (a dirty one keeps its edits; its save will then conflict).
              if (buffers[file] && !isDirty(buffers[file])) void reload(file);
            }}
          />
        ) : null}
        {view === 'resource' && formAddress ? (
          <ResourceRelations
            index={index.data}
            address={formAddress}
            onOpen={open}
            onOpenForm={openForm}
          />
        ) : null}
        {view !== 'file' ? null : selected && buffer ? (
          <EditorPane
            key={selected}
            path={selected}
            buffer={buffer}
            reveal={reveal}
            onEdit={(text) => edit(selected, text)}
            onSave={() => void save(selected)}
            onOverwrite={() => void save(selected, { overwrite: true })}
            onReload={() => void reload(selected)}
            onOpenFile={open}
            draft={{ workspaceId, branch }}
            onDiscard={() =>
              discard.mutate(selected, {
                onSuccess: () => void reload(selected),
              })
            }
          />
        ) : (
          <p className="muted empty">{selected ? 'Opening…' : 'Choose a file to edit it.'}</p>
        )}
        {discard.error instanceof ApiError ? (
          <ProblemMessage problem={discard.error.problem} />
        ) : null}
      </main>
      <aside className="rightbar">
        <CommitPanel
          workspaceId={workspaceId}
          branch={branch}
          changed={changed}
          hasUnsavedEdits={hasUnsavedEdits}
          onCommitted={() => {
            // HEAD moved: refresh what every open, saved file is compared against.
            for (const [path, open] of Object.entries(buffers))
              if (!isDirty(open)) void reload(path);
            void client.invalidateQueries({ queryKey: workspaceKeys.draft(workspaceId, branch) });
          }}
        />
        <CommitHistory workspaceId={workspaceId} branch={branch} />
      </aside>
    </div>
  );
}
