'use client';
import { DiffEditor } from '@monaco-editor/react';
import '../editor/monaco-setup';
import { languageOf } from '../editor/language-of';
import { useDiffLayout } from './use-diff-layout';

interface TFileDiffProps {
  path: string;
  /** The file at HEAD ('' for a new file). */
  original: string;
  modified: string;
}

/** Monaco's diff editor: HEAD against the draft, side by side or inline (remembered). Read-only. */
export function FileDiff({ path, original, modified }: TFileDiffProps) {
  const [layout, setLayout] = useDiffLayout();
  return (
    <div className="file-diff">
      <div role="radiogroup" aria-label="Diff layout" className="tabs">
        {(['side-by-side', 'inline'] as const).map((option) => (
          <label key={option} className="check">
            <input
              type="radio"
              name={`diff-layout-${path}`}
              checked={layout === option}
              onChange={() => setLayout(option)}
            />{' '}
            {option === 'side-by-side' ? 'Side by side' : 'Inline'}
          </label>
        ))}
      </div>
      <DiffEditor
        original={original}
        modified={modified}
        language={languageOf(path)}
        originalModelPath={`head:///${path}`}
        modifiedModelPath={`diff:///${path}`}
        loading={<p className="muted">Loading diff…</p>}
        options={{
          readOnly: true,
          renderSideBySide: layout === 'side-by-side',
          // The person chose: do not switch to inline on a narrow pane behind their back.
          useInlineViewWhenSpaceIsLimited: false,
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
    </div>
  );
}
