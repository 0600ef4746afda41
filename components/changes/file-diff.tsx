'use client';
import { DiffEditor } from '@monaco-editor/react';
import '../editor/monaco-setup';
import { languageOf } from '../editor/language-of';

interface TFileDiffProps {
  path: string;
  /** The file at HEAD ('' for a new file). */
  original: string;
  modified: string;
}

/** Monaco's diff editor: HEAD on the left, the draft on the right. Read-only. */
export function FileDiff({ path, original, modified }: TFileDiffProps) {
  return (
    <DiffEditor
      original={original}
      modified={modified}
      language={languageOf(path)}
      originalModelPath={`head:///${path}`}
      modifiedModelPath={`diff:///${path}`}
      loading={<p className="muted">Loading diff…</p>}
      options={{
        readOnly: true,
        renderSideBySide: true,
        minimap: { enabled: false },
        automaticLayout: true,
        originalEditable: false,
        // Review what changed: unchanged regions fold away, with a few lines of context.
        hideUnchangedRegions: {
          enabled: true,
          contextLineCount: 3,
          minimumLineCount: 3,
          revealLineCount: 20,
        },
      }}
    />
  );
}
