'use client';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { TEditorProblem } from './code-editor';
import { ProblemList } from './problem-list';
import { ProblemMessage } from '../ui/problem-message';
import { isDirty, type TFileBuffer } from '../workspace/file-buffer';

const CodeEditor = dynamic(() => import('./code-editor').then((m) => m.CodeEditor), {
  ssr: false,
  loading: () => <p className="muted">Loading editor…</p>,
});
const RulesItemsPanel = dynamic(
  () => import('../rules/rules-items-panel').then((m) => m.RulesItemsPanel),
  { ssr: false, loading: () => <p className="muted">Loading items…</p> },
);
const FileDiff = dynamic(() => import('../changes/file-diff').then((m) => m.FileDiff), {
  ssr: false,
  loading: () => <p className="muted">Loading diff…</p>,
});

interface TEditorPaneProps {
  path: string;
  buffer: TFileBuffer;
  /** A line to scroll to and select (from a problem or the resource browser). */
  reveal: { line: number; nonce: number } | null;
  onEdit: (text: string) => void;
  onSave: () => void;
  onOverwrite: () => void;
  onReload: () => void;
  onDiscard: () => void;
  /** Opens another repo file at a line (go to definition into another file). */
  onOpenFile?: (file: string, line: number) => void;
  /** The draft the file belongs to: Falco rules files (`.yaml`) get an Items tab of forms. */
  draft?: { workspaceId: string; branch: string };
}

/** One open file: its save state, Edit and Changes tabs, and the actions on it. */
export function EditorPane({
  path,
  buffer,
  reveal,
  onEdit,
  onSave,
  onOverwrite,
  onReload,
  onDiscard,
  onOpenFile,
  draft,
}: TEditorPaneProps) {
  const [tab, setTab] = useState<'edit' | 'changes' | 'items'>('edit');
  const hasItems = draft !== undefined && /\.ya?ml$/.test(path);
  const [isConfirmingDiscard, setConfirmingDiscard] = useState(false);
  const [problems, setProblems] = useState<TEditorProblem[]>([]);
  const [problemReveal, setProblemReveal] = useState<{
    line: number;
    column: number;
    nonce: number;
  } | null>(null);
  // The newest request wins: the studio's (problem, resource browser) or a click in the list below.
  const editorReveal =
    problemReveal && (!reveal || problemReveal.nonce > reveal.nonce) ? problemReveal : reveal;
  const dirty = isDirty(buffer);
  const changedFromHead = buffer.headContent === null || buffer.text !== buffer.headContent;
  return (
    <section className="editor-pane" aria-label={`File ${path}`}>
      <header className="toolbar">
        <h2 className="path">{path}</h2>
        <SaveStatus buffer={buffer} />
        <div role="tablist" aria-label="View" className="tabs">
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'edit'}
            onClick={() => setTab('edit')}
          >
            Edit
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'changes'}
            onClick={() => setTab('changes')}
          >
            Changes
          </button>
          {hasItems ? (
            <button
              type="button"
              role="tab"
              aria-selected={tab === 'items'}
              onClick={() => setTab('items')}
            >
              Items
            </button>
          ) : null}
        </div>
        <button type="button" onClick={onSave} disabled={!dirty || buffer.save.kind === 'saving'}>
          Save
        </button>
        {isConfirmingDiscard ? (
          <span className="confirm" role="group" aria-label="Confirm discard">
            Discard all changes to this file?{' '}
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirmingDiscard(false);
                onDiscard();
              }}
            >
              Yes, discard
            </button>{' '}
            <button type="button" onClick={() => setConfirmingDiscard(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button
            type="button"
            onClick={() => setConfirmingDiscard(true)}
            disabled={!changedFromHead && !dirty}
          >
            Discard changes
          </button>
        )}
      </header>
      {buffer.save.kind === 'conflict' ? (
        <div role="alert" className="alert alert-warning">
          <strong>Someone else changed this file since you opened it.</strong> Your edit is not
          saved yet and is still in the editor.{' '}
          <button type="button" onClick={onReload}>
            Reload their version
          </button>{' '}
          <button type="button" onClick={onOverwrite}>
            Save mine over theirs
          </button>
        </div>
      ) : null}
      {buffer.save.kind === 'error' ? <ProblemMessage problem={buffer.save.problem} /> : null}
      <div
        className="editor-area"
        role="tabpanel"
        aria-label={tab === 'edit' ? 'Edit' : tab === 'items' ? 'Items' : 'Changes'}
      >
        {tab === 'items' && draft ? (
          <RulesItemsPanel
            workspaceId={draft.workspaceId}
            branch={draft.branch}
            path={path}
            hasCodeEdits={dirty}
            onSaved={onReload}
          />
        ) : tab === 'edit' ? (
          <CodeEditor
            path={path}
            value={buffer.text}
            externalVersion={buffer.externalVersion}
            reveal={editorReveal}
            onChange={onEdit}
            onSave={onSave}
            onOpenFile={onOpenFile}
            onProblems={setProblems}
          />
        ) : changedFromHead ? (
          <FileDiff path={path} original={buffer.headContent ?? ''} modified={buffer.text} />
        ) : (
          <p className="muted empty">No changes to this file since the last commit.</p>
        )}
      </div>
      {tab === 'edit' ? (
        <ProblemList
          path={path}
          problems={problems}
          onSelect={(line, column) => setProblemReveal({ line, column, nonce: Date.now() })}
        />
      ) : null}
    </section>
  );
}

function SaveStatus({ buffer }: { buffer: TFileBuffer }) {
  const text =
    buffer.save.kind === 'saving'
      ? 'Saving…'
      : buffer.save.kind === 'conflict'
        ? 'Not saved: conflict'
        : buffer.save.kind === 'error'
          ? 'Not saved'
          : isDirty(buffer)
            ? 'Unsaved changes'
            : 'Saved';
  return (
    <span className="save-status" role="status" aria-live="polite">
      {text}
    </span>
  );
}
