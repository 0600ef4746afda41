'use client';
import { useMemo, useState } from 'react';
import type { TRulesItems } from '@/lib/contracts/rules-item-api';
import type { TProblem } from '@/lib/contracts/problem';
import { checkConditionText } from '@/lib/falco/check-condition-text';
import { FALCO_PRIORITIES, KNOWN_SOURCES } from '@/lib/falco/falco-vocabulary';
import { ApiError } from '@/lib/query/api-fetch';
import { ProblemMessage } from '../ui/problem-message';
import { KEYS_BY_KIND, toChanges, toDraft } from './rules-item-values';
import { useSaveRulesItem } from './use-rules-items';

type TItem = TRulesItems['items'][number];
type TSaveState =
  | { kind: 'idle' }
  | { kind: 'saved' }
  | { kind: 'conflict'; problem: TProblem }
  | { kind: 'error'; problem: TProblem };

/** The form of one Falco rule, macro or list; saving writes a minimal YAML edit of that item. */
export function RulesItemForm(props: {
  workspaceId: string;
  branch: string;
  path: string;
  etag: string;
  item: TItem;
  isReadOnly: boolean;
  readOnlyReason?: string;
  onReload: () => void;
  onSaved: (name: string) => void;
}) {
  const { item } = props;
  const save = useSaveRulesItem(props.workspaceId, props.branch, props.path);
  const [draft, setDraft] = useState(() => toDraft(item));
  const [state, setState] = useState<TSaveState>({ kind: 'idle' });
  const condition = String(draft.condition);
  const diagnostics = useMemo(
    () =>
      item.kind === 'list' ? [] : checkConditionText(condition, { source: String(draft.source) }),
    [item.kind, condition, draft.source],
  );
  let changes: Record<string, unknown> = {};
  let exceptionsError: string | null = null;
  try {
    changes = toChanges(item, draft);
  } catch (error) {
    exceptionsError = error instanceof Error ? error.message : String(error);
  }
  const pending = Object.keys(changes);
  const isBlocked = diagnostics.some((d) => d.severity === 'error') || exceptionsError !== null;
  const set = (key: string) => (value: string | boolean) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setState({ kind: 'idle' });
  };
  const has = (key: string) => KEYS_BY_KIND[item.kind].includes(key);
  const disabled = props.isReadOnly;
  const submit = () =>
    save.mutate(
      {
        baseEtag: props.etag,
        ref: {
          documentIndex: item.documentIndex,
          index: item.index,
          kind: item.kind,
          name: item.name,
        },
        changes,
      },
      {
        onSuccess: () => {
          setState({ kind: 'saved' });
          props.onSaved(String(draft[item.kind]));
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          setState(
            error.problem.status === 409
              ? { kind: 'conflict', problem: error.problem }
              : { kind: 'error', problem: error.problem },
          );
        },
      },
    );
  const text = (key: string, label: string, rows = 1) => (
    <label className="form-row">
      <span>{label}</span>
      {rows > 1 ? (
        <textarea
          rows={rows}
          value={String(draft[key])}
          disabled={disabled}
          onChange={(e) => set(key)(e.target.value)}
          spellCheck={false}
        />
      ) : (
        <input
          value={String(draft[key])}
          disabled={disabled}
          onChange={(e) => set(key)(e.target.value)}
        />
      )}
    </label>
  );
  const priorities = FALCO_PRIORITIES.filter((p) => p !== 'info').map((p) => p.toUpperCase());
  return (
    <form
      className="rules-item-form"
      aria-label={`Form of ${item.kind} ${item.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (pending.length > 0 && !isBlocked) submit();
      }}
    >
      <h3>
        {item.kind}: {item.name}
      </h3>
      {props.readOnlyReason ? <p className="muted">{props.readOnlyReason}</p> : null}
      {text(item.kind, 'Name')}
      {has('desc') ? text('desc', 'Description', 2) : null}
      {has('condition') ? (
        <div className="form-row">
          <label htmlFor="rules-item-condition">Condition</label>
          <div>
            <textarea
              id="rules-item-condition"
              className="code-field"
              rows={4}
              value={condition}
              disabled={disabled}
              spellCheck={false}
              aria-describedby="rules-item-condition-problems"
              onChange={(e) => set('condition')(e.target.value)}
            />
            <ul
              id="rules-item-condition-problems"
              aria-label="Condition problems"
              className="field-messages"
            >
              {diagnostics.map((d) => (
                <li
                  key={`${d.line}:${d.column}:${d.code}`}
                  className={d.severity === 'error' ? 'text-error' : 'text-warning'}
                >
                  {d.line}:{d.column} {d.severity}: {d.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      {has('output') ? text('output', 'Output', 2) : null}
      {has('priority') ? (
        <label className="form-row">
          <span>Priority</span>
          <select
            value={String(draft.priority)}
            disabled={disabled}
            onChange={(e) => set('priority')(e.target.value)}
          >
            {[...new Set([String(draft.priority), ...priorities])].map((p) => (
              <option key={p} value={p}>
                {p || '(none)'}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {has('source') ? (
        <label className="form-row">
          <span>Source</span>
          <input
            list="falco-sources"
            value={String(draft.source)}
            disabled={disabled}
            onChange={(e) => set('source')(e.target.value)}
            placeholder="syscall"
          />
          <datalist id="falco-sources">
            {KNOWN_SOURCES.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
      ) : null}
      {has('enabled') ? (
        <label className="form-row">
          <span>Enabled</span>
          <input
            type="checkbox"
            checked={draft.enabled === true}
            disabled={disabled}
            onChange={(e) => set('enabled')(e.target.checked)}
          />
        </label>
      ) : null}
      {has('tags') ? text('tags', 'Tags (comma-separated)') : null}
      {has('items') ? text('items', 'Items (one per line)', 5) : null}
      {has('exceptions') ? text('exceptions', 'Exceptions (YAML)', 4) : null}
      {exceptionsError ? <p className="text-error">Exceptions: {exceptionsError}</p> : null}
      {disabled ? null : (
        <div className="form-actions">
          <button
            type="submit"
            className="primary"
            disabled={pending.length === 0 || isBlocked || save.isPending}
          >
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
          <button
            type="button"
            disabled={pending.length === 0}
            onClick={() => setDraft(toDraft(item))}
          >
            Discard changes
          </button>
          <span className="muted" role="status">
            {pending.length > 0
              ? `Unsaved: ${pending.join(', ')}`
              : state.kind === 'saved'
                ? 'Saved.'
                : ''}
          </span>
        </div>
      )}
      {state.kind === 'error' ? <ProblemMessage problem={state.problem} /> : null}
      {state.kind === 'conflict' ? (
        <div role="alert" className="alert alert-error">
          <strong>{props.path} changed since this form was opened.</strong> {state.problem.detail}{' '}
          Your changes ({pending.join(', ')}) are still in the form.{' '}
          <button type="button" onClick={props.onReload}>
            Reload
          </button>
        </div>
      ) : null}
    </form>
  );
}
