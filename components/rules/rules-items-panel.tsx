'use client';
import { useState } from 'react';
import { ApiError } from '@/lib/query/api-fetch';
import { ProblemMessage } from '../ui/problem-message';
import { RulesItemForm } from './rules-item-form';
import { useRulesItems } from './use-rules-items';

/**
 * The rules, macros and lists of one Falco rules file, each opening a form. While the file has
 * unsaved code edits the forms are read-only (a form save would conflict with them).
 */
export function RulesItemsPanel({
  workspaceId,
  branch,
  path,
  hasCodeEdits,
  onSaved,
}: {
  workspaceId: string;
  branch: string;
  path: string;
  hasCodeEdits: boolean;
  /** Called after a form save wrote the file (the editor reloads it). */
  onSaved: () => void;
}) {
  const items = useRulesItems(workspaceId, branch, path);
  const [selected, setSelected] = useState<string | null>(null);
  if (items.error instanceof ApiError) return <ProblemMessage problem={items.error.problem} />;
  if (!items.data) return <p className="muted">Reading the items of {path}…</p>;
  const keyOf = (item: { kind: string; name: string; documentIndex: number; index: number }) =>
    `${item.documentIndex}:${item.index}:${item.kind}:${item.name}`;
  const current = items.data.items.find((item) => keyOf(item) === selected);
  return (
    <div className="rules-items">
      {items.data.problem ? (
        <p className="text-error">
          {items.data.problem}. Fix it in code; the forms are read-only until then.
        </p>
      ) : null}
      <ul aria-label={`Items of ${path}`} className="rules-item-list">
        {items.data.items.map((item) => (
          <li key={keyOf(item)}>
            <button
              type="button"
              className="link"
              aria-current={keyOf(item) === selected ? 'true' : undefined}
              onClick={() => setSelected(keyOf(item))}
            >
              {item.kind}: {item.name}
            </button>{' '}
            <span className="muted">line {item.line}</span>
          </li>
        ))}
      </ul>
      {current ? (
        <RulesItemForm
          key={`${keyOf(current)}:${items.data.etag}`}
          workspaceId={workspaceId}
          branch={branch}
          path={path}
          etag={items.data.etag}
          item={current}
          isReadOnly={hasCodeEdits || items.data.problem !== undefined}
          readOnlyReason={
            hasCodeEdits
              ? 'The file has unsaved code edits: save or discard them first.'
              : undefined
          }
          onReload={() => void items.refetch()}
          onSaved={(name) => {
            setSelected(keyOf({ ...current, name }));
            onSaved();
          }}
        />
      ) : (
        <p className="muted">Choose a rule, macro or list to edit it in a form.</p>
      )}
    </div>
  );
}
