'use client';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { TResolveConflictBody, TSyncConflictFile } from '@/lib/contracts/sync-api';

const FileDiff = dynamic(() => import('./file-diff').then((m) => m.FileDiff), {
  ssr: false,
  loading: () => <p className="muted">Loading diff…</p>,
});

interface TConflictFileProps {
  file: TSyncConflictFile;
  /** Labels by meaning: theirs is the branch (origin's), mine is the draft's. */
  theirsLabel: string;
  mineLabel: string;
  isBusy: boolean;
  onResolve: (body: TResolveConflictBody) => void;
}

/** One conflicted file: keep theirs, keep mine, or edit the text (both versions shown). */
export function ConflictFile({
  file,
  theirsLabel,
  mineLabel,
  isBusy,
  onResolve,
}: TConflictFileProps) {
  const [draftText, setDraftText] = useState<string | null>(null);
  const base = { path: file.path, baseEtag: file.etag };
  return (
    <article className="card" aria-label={`Conflict in ${file.path}`}>
      <header>
        <code>{file.path}</code>{' '}
        {file.theirs === null ? <span className="muted">(deleted in theirs)</span> : null}
        {file.mine === null ? <span className="muted">(deleted in mine)</span> : null}
      </header>
      <div className="actions">
        <button
          type="button"
          disabled={isBusy}
          onClick={() => onResolve({ ...base, resolution: 'theirs' })}
        >
          Keep theirs
        </button>{' '}
        <button
          type="button"
          disabled={isBusy}
          onClick={() => onResolve({ ...base, resolution: 'mine' })}
        >
          Keep mine
        </button>{' '}
        <button
          type="button"
          disabled={isBusy || draftText !== null}
          onClick={() => setDraftText(file.content ?? file.mine ?? file.theirs ?? '')}
        >
          Edit
        </button>
      </div>
      <p className="muted">
        Theirs: {theirsLabel}. Mine: {mineLabel}.
      </p>
      {draftText !== null ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onResolve({ ...base, resolution: 'edit', content: draftText });
          }}
        >
          <FileDiff path={file.path} original={file.theirs ?? ''} modified={file.mine ?? ''} />
          <label htmlFor={`resolve-${file.path}`}>Resolved {file.path}</label>
          <textarea
            id={`resolve-${file.path}`}
            className="code-textarea"
            value={draftText}
            rows={Math.min(30, draftText.split('\n').length + 2)}
            spellCheck={false}
            onChange={(event) => setDraftText(event.target.value)}
          />
          <button type="submit" className="primary" disabled={isBusy}>
            Use this text
          </button>{' '}
          <button type="button" onClick={() => setDraftText(null)}>
            Cancel
          </button>
        </form>
      ) : null}
    </article>
  );
}
