'use client';
import { useState } from 'react';
import { ZImportableFamily } from '@/lib/contracts/import-api';
import type { TDraftPlan } from '@/lib/contracts/plan-api';
import { ApiError } from '@/lib/query/api-fetch';
import { useDraftIndex } from '@/lib/query/use-draft-index';
import { useImportIntoDraft } from '@/lib/query/use-import-into-draft';
import { useDraftFiles } from '@/lib/query/use-workspace-queries';
import { ProblemMessage } from '../ui/problem-message';

type TUnmanaged = TDraftPlan['plan']['unmanaged'][number];

interface TUnmanagedPanelProps {
  workspaceId: string;
  branch: string;
  unmanaged: readonly TUnmanaged[];
  onPlanAgain: () => void;
}

const keyOf = (object: TUnmanaged) => `${object.apiFamily}:${object.id}`;
const isImportable = (object: TUnmanaged) =>
  ZImportableFamily.safeParse(object.apiFamily).success && object.suggestedType !== undefined;

/** Live objects no code manages (Sysdig defaults left out), with "Import into code". */
export function UnmanagedPanel({
  workspaceId,
  branch,
  unmanaged,
  onPlanAgain,
}: TUnmanagedPanelProps) {
  const objects = unmanaged.filter((object) => !object.isDefault);
  const index = useDraftIndex(workspaceId, branch);
  const files = useDraftFiles(workspaceId, branch);
  const root = index.data?.roots[0]?.root ?? '';
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState<string | null>(null);
  const path = target ?? `${root ? `${root}/` : ''}imported.tf`;
  const existing = (files.data?.files ?? []).filter(
    (file) => file.status !== 'deleted' && file.path.endsWith('.tf'),
  );
  const importer = useImportIntoDraft(workspaceId, branch);
  if (objects.length === 0) return null;
  const toggle = (key: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const submit = () =>
    importer.mutate({
      objects: objects
        .filter((object) => chosen.has(keyOf(object)))
        .map((object) => ({ apiFamily: ZImportableFamily.parse(object.apiFamily), id: object.id })),
      path,
      isExistingFile: existing.some((file) => file.path === path),
    });
  return (
    <section className="panel" aria-labelledby="unmanaged-heading">
      <h2 id="unmanaged-heading">Unmanaged in Secure ({objects.length})</h2>
      <p className="muted">
        Live objects no code represents. A plan never deletes them; import them to manage them here.
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Import</th>
            <th scope="col">Type</th>
            <th scope="col">Name</th>
            <th scope="col">Id</th>
          </tr>
        </thead>
        <tbody>
          {objects.map((object) => (
            <tr key={keyOf(object)}>
              <td>
                {isImportable(object) ? (
                  <input
                    type="checkbox"
                    aria-label={`Import ${object.name || object.id}`}
                    checked={chosen.has(keyOf(object))}
                    onChange={() => toggle(keyOf(object))}
                  />
                ) : (
                  <span className="muted">no importer</span>
                )}
              </td>
              <td>
                <code>{object.suggestedType ?? object.apiFamily}</code>
              </td>
              <td>{object.name || '—'}</td>
              <td>
                <code>{object.id}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen.size > 0 && !importer.isPending) submit();
        }}
      >
        <label>
          Target file{' '}
          <input
            list="import-targets"
            value={path}
            onChange={(event) => setTarget(event.target.value)}
          />
        </label>
        <datalist id="import-targets">
          {existing.map((file) => (
            <option key={file.path} value={file.path} />
          ))}
        </datalist>
        <button
          type="submit"
          className="primary"
          disabled={chosen.size === 0 || importer.isPending}
        >
          {importer.isPending ? 'Importing…' : `Import into code (${chosen.size})`}
        </button>
      </form>
      {importer.error instanceof ApiError ? (
        <ProblemMessage problem={importer.error.problem} />
      ) : null}
      {importer.data ? (
        <div role="status">
          <p>
            Wrote {importer.data.resources.length} resource
            {importer.data.resources.length === 1 ? '' : 's'} with <code>import {'{}'}</code> blocks
            to <code>{importer.data.path}</code>:{' '}
            {importer.data.resources.map((resource) => resource.address).join(', ')}.
            {importer.data.variables.length > 0
              ? ` Set the secret variables ${importer.data.variables.join(', ')} before applying.`
              : ''}
            {importer.data.skipped.length > 0
              ? ` Skipped: ${importer.data.skipped.map((s) => `${s.name || s.id} (${s.reason})`).join('; ')}.`
              : ''}
          </p>
          <button
            type="button"
            onClick={() => {
              importer.reset();
              setChosen(new Set());
              onPlanAgain();
            }}
          >
            Plan again
          </button>
        </div>
      ) : null}
    </section>
  );
}
