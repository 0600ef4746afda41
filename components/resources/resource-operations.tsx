'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  ZResourceOperationResult,
  type TResourceOperation,
} from '@/lib/contracts/resource-ops-api';
import { ApiError, apiFetch } from '@/lib/query/api-fetch';
import { workspaceKeys } from '@/lib/query/workspace-keys';
import { listResourceTypes } from '@/lib/sysdig/registry';
import { ProblemMessage } from '../ui/problem-message';

type TPending =
  { kind: 'rename' | 'duplicate' | 'delete'; address: string } | { kind: 'create' } | null;

const CURRENT_TYPES = [
  ...new Set(
    listResourceTypes()
      .filter((d) => d.era === 'current' && !d.deprecated)
      .map((d) => d.type),
  ),
].sort();

/**
 * New, duplicate, rename and delete resources. Returns a toolbar and `ask`, which row buttons call;
 * the chosen operation is confirmed in an inline form, then done with the HCL engine's edits.
 */
export function useResourceOperations(workspaceId: string, branch: string, tfFiles: string[]) {
  const client = useQueryClient();
  const [pending, setPending] = useState<TPending>(null);
  const [name, setName] = useState('');
  const [type, setType] = useState(CURRENT_TYPES[0] ?? '');
  const [file, setFile] = useState('');
  const run = useMutation({
    mutationFn: (operation: TResourceOperation) =>
      apiFetch(
        `/api/workspaces/${encodeURIComponent(workspaceId)}/resources?${new URLSearchParams({ branch })}`,
        ZResourceOperationResult,
        { method: 'POST', body: operation },
      ),
    onSuccess: () => {
      setPending(null);
      setName('');
      return client.invalidateQueries({ queryKey: workspaceKeys.draft(workspaceId, branch) });
    },
  });
  const ask = (kind: 'rename' | 'duplicate' | 'delete', address: string) => {
    run.reset();
    setName(kind === 'rename' ? (address.split('.').pop() ?? '') : '');
    setPending({ kind, address });
  };
  const submit = () => {
    if (!pending) return;
    if (pending.kind === 'create')
      run.mutate({ op: 'create', type, name, file: file || tfFiles[0] || 'main.tf' });
    else if (pending.kind === 'delete') run.mutate({ op: 'delete', address: pending.address });
    else run.mutate({ op: pending.kind, address: pending.address, name });
  };
  const toolbar = (
    <div className="resource-operations">
      {pending === null ? (
        <button type="button" onClick={() => setPending({ kind: 'create' })}>
          New resource
        </button>
      ) : (
        <form
          className="inline-form"
          aria-label={
            pending.kind === 'create' ? 'New resource' : `${pending.kind} ${pending.address}`
          }
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          {pending.kind === 'create' ? (
            <>
              <label>
                Type{' '}
                <select value={type} onChange={(e) => setType(e.target.value)}>
                  {CURRENT_TYPES.map((t) => (
                    <option key={t}>{t}</option>
                  ))}
                </select>
              </label>
              <label>
                File{' '}
                <select value={file || tfFiles[0] || ''} onChange={(e) => setFile(e.target.value)}>
                  {tfFiles.map((f) => (
                    <option key={f}>{f}</option>
                  ))}
                </select>
              </label>
            </>
          ) : (
            <span>
              {pending.kind === 'delete'
                ? 'Delete'
                : pending.kind === 'rename'
                  ? 'Rename'
                  : 'Duplicate'}{' '}
              <code>{pending.address}</code>
              {pending.kind === 'delete' ? '? References to it will show as errors.' : ' as'}
            </span>
          )}
          {pending.kind !== 'delete' ? (
            <label>
              <span className="visually-hidden">New name</span>
              <input
                value={name}
                onChange={(e) => setName(e.target.value)}
                placeholder="resource name"
                aria-label="New name"
                required
              />
            </label>
          ) : null}
          <button
            type="submit"
            className={pending.kind === 'delete' ? 'danger' : 'primary'}
            disabled={run.isPending}
          >
            {pending.kind === 'delete'
              ? 'Delete'
              : pending.kind === 'create'
                ? 'Create'
                : pending.kind === 'rename'
                  ? 'Rename'
                  : 'Duplicate'}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </form>
      )}
      {run.error instanceof ApiError ? <ProblemMessage problem={run.error.problem} /> : null}
    </div>
  );
  return { toolbar, ask };
}
