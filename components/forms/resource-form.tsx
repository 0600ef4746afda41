'use client';
import { useMemo, useState } from 'react';
import type { TProblem } from '@/lib/contracts/problem';
import type {
  TBlockStep,
  TResourceChange,
  TResourceForm as TForm,
} from '@/lib/contracts/resource-api';
import { ApiError } from '@/lib/query/api-fetch';
import { useMe } from '@/lib/query/use-me';
import { ConflictView } from './conflict-view';
import { UpgradeSyntaxButton } from '../dashboard/upgrade-syntax-button';
import { ProblemMessage } from '../ui/problem-message';
import type { TFieldContext } from './field-context';
import { FormField } from './form-field';
import { issuesAt, toChanges, validateForm, withEdit, type TPendingEdits } from './form-state';
import { useResourceForm, useSaveResource } from './use-resource-form';

type TSaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'conflict'; problem: TProblem }
  | { kind: 'error'; problem: TProblem };

interface TResourceFormProps {
  workspaceId: string;
  branch: string;
  address: string;
  onOpenCode: (file: string, line?: number) => void;
  /** Called after a save wrote `file` (the studio reloads its open buffer). */
  onSaved: (file: string, changedLines?: number[]) => void;
}

/** The form of one resource: generated from the registry's metadata, saved as minimal HCL edits. */
export function ResourceForm(props: TResourceFormProps) {
  const form = useResourceForm(props.workspaceId, props.branch, props.address);
  // Survives the remount that a new file ETag causes after a save.
  const [lastSaved, setLastSaved] = useState<{ file: string; changedLines: number[] } | null>(null);
  if (form.error instanceof ApiError) return <ProblemMessage problem={form.error.problem} />;
  if (!form.data) return <p className="muted">Loading the form of {props.address}…</p>;
  return (
    <LoadedForm
      key={form.data.etag}
      form={form.data}
      lastSaved={lastSaved}
      onReload={() => void form.refetch()}
      {...props}
      onSaved={(file, changedLines) => {
        setLastSaved({ file, changedLines: changedLines ?? [] });
        props.onSaved(file);
      }}
    />
  );
}

function LoadedForm({
  form,
  workspaceId,
  branch,
  address,
  onOpenCode,
  onSaved,
  onReload,
  lastSaved,
}: TResourceFormProps & {
  form: TForm;
  onReload: () => void;
  lastSaved: { file: string; changedLines: number[] } | null;
}) {
  const me = useMe();
  const save = useSaveResource(workspaceId, branch, address);
  const [edits, setEdits] = useState<TPendingEdits>({});
  const [state, setState] = useState<TSaveState>({ kind: 'idle' });
  // The ETag the edits were made against (the form can refetch meanwhile): a stale one gets 409.
  const [baseEtag] = useState(form.etag);
  const issues = useMemo(() => validateForm(form.type, form.fields, edits), [form, edits]);
  const canWrite = me.data !== undefined && me.data.role !== 'viewer';
  // A file that does not parse (Terraform 0.11 syntax) is read-only here until it is upgraded.
  const isEditable = canWrite && !form.readOnly;
  const pending = Object.keys(edits);
  const blocking = pending
    .flatMap((key) => issuesAt(issues, key))
    .filter((issue) => issue.severity === 'error');

  const submit = (changes: TResourceChange[]) => {
    setState({ kind: 'saving' });
    save.mutate(
      { baseEtag, changes },
      {
        onSuccess: (result) => {
          setEdits({});
          setState({ kind: 'idle' });
          onSaved(result.file, result.diff.changedLines);
        },
        onError: (error) => {
          const problem =
            error instanceof ApiError
              ? error.problem
              : {
                  type: 'about:blank',
                  title: 'Error',
                  status: 0,
                  detail: String(error),
                  code: 'CLIENT',
                  requestId: '',
                };
          setState(
            problem.status === 409 ? { kind: 'conflict', problem } : { kind: 'error', problem },
          );
        },
      },
    );
  };
  const context: TFieldContext = {
    edits,
    onEdit: (field, path, value) => {
      setEdits((current) => withEdit(current, field, path, value));
    },
    isEditable,
    canChangeBlocks: pending.length === 0 && state.kind !== 'saving',
    references: form.references,
    issues,
    diagnostics: form.diagnostics,
    onOpenCode: (line) => onOpenCode(form.file, line ?? form.line),
    onAddBlock: (path: TBlockStep[], block: string) => submit([{ op: 'add-block', path, block }]),
    onRemoveBlock: (path: TBlockStep[]) => submit([{ op: 'remove-block', path }]),
  };
  const general = form.diagnostics.filter(
    (d) =>
      !d.attribute ||
      !form.fields.some(
        (f) =>
          d.attribute === f.name ||
          d.attribute?.startsWith(`${f.name}[`) ||
          d.attribute?.startsWith(`${f.name}.`),
      ),
  );

  return (
    <section className="panel resource-form" aria-labelledby="resource-form-heading">
      <header className="resource-form-header">
        <h2 id="resource-form-heading">{address}</h2>
        <span className="muted">
          {form.file}:{form.line}
        </span>
        <button type="button" onClick={() => onOpenCode(form.file, form.line)}>
          Open in code
        </button>
      </header>
      <p className="muted">{form.description}</p>
      {general.length > 0 ? (
        <ul className="field-messages" aria-label="Resource problems">
          {general.map((d) => (
            <li
              key={`${d.line}:${d.column}:${d.code}`}
              className={
                d.severity === 'error'
                  ? 'text-error'
                  : d.severity === 'warning'
                    ? 'text-warning'
                    : 'muted'
              }
            >
              {d.severity} at line {d.line}: {d.message}{' '}
              {d.hint ? <span className="muted">{d.hint}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {!canWrite && me.data ? (
        <p className="muted">You are a viewer: the form is read-only.</p>
      ) : null}
      {form.readOnly ? (
        <div role="note" aria-label="Read-only form" className="alert alert-warning read-only-note">
          <strong>This form is read-only.</strong> {form.readOnly.reason}{' '}
          <button
            type="button"
            className="link"
            onClick={() => onOpenCode(form.file, form.readOnly?.line)}
          >
            Show line {form.readOnly.line} in code
          </button>
          {form.readOnly.canUpgrade && canWrite ? (
            <p>
              <UpgradeSyntaxButton workspaceId={workspaceId} branch={branch} path={form.file} />
            </p>
          ) : null}
        </div>
      ) : null}
      <form
        aria-label={`Form of ${address}`}
        onSubmit={(event) => {
          event.preventDefault();
          if (pending.length > 0 && blocking.length === 0) submit(toChanges(edits, form.fields));
        }}
      >
        {form.fields.map((field) => (
          <FormField key={field.name} field={field} path={[]} context={context} />
        ))}
        {isEditable ? (
          <div className="form-actions">
            <button
              type="submit"
              className="primary"
              disabled={pending.length === 0 || blocking.length > 0 || state.kind === 'saving'}
            >
              {state.kind === 'saving' ? 'Saving…' : 'Save'}
            </button>
            <button type="button" disabled={pending.length === 0} onClick={() => setEdits({})}>
              Discard changes
            </button>
            <span className="muted" role="status">
              {pending.length > 0
                ? `${pending.length} unsaved change${pending.length === 1 ? '' : 's'}`
                : lastSaved
                  ? `Saved: ${lastSaved.changedLines.length} line${lastSaved.changedLines.length === 1 ? '' : 's'} changed in ${lastSaved.file}.`
                  : ''}
            </span>
          </div>
        ) : null}
      </form>
      {state.kind === 'error' ? <ProblemMessage problem={state.problem} /> : null}
      {state.kind === 'conflict' ? (
        <ConflictView
          workspaceId={workspaceId}
          branch={branch}
          address={address}
          file={form.file}
          detail={state.problem.detail}
          pending={pending}
          changes={toChanges(edits, form.fields)}
          onReload={onReload}
        />
      ) : null}
    </section>
  );
}
