'use client';
import { useState } from 'react';
import type { TResourceChange } from '@/lib/contracts/resource-api';
import { ApiError } from '@/lib/query/api-fetch';
import { ProblemMessage } from '../ui/problem-message';
import { useKeepAsBranch } from './use-keep-as-branch';

/**
 * A form save that met a newer file (409): nothing was written. Offers reloading the form (the
 * pending fields are listed so they can be made again) or keeping this version as a new branch.
 */
export function ConflictView({
  workspaceId,
  branch,
  address,
  file,
  detail,
  pending,
  changes,
  onReload,
}: {
  workspaceId: string;
  branch: string;
  address: string;
  file: string;
  detail: string | undefined;
  pending: string[];
  changes: TResourceChange[];
  onReload: () => void;
}) {
  const keep = useKeepAsBranch(workspaceId, branch, address);
  const [name, setName] = useState(
    () =>
      `${branch.replace(/^rampart\//, '')}-mine-${new Date().toISOString().slice(0, 16).replace(/\D/g, '')}`,
  );
  return (
    <div role="alert" className="alert alert-error conflict-view">
      <strong>{file} changed since this form was opened.</strong> {detail} Your changes are not
      saved and are still in the form ({pending.length} field{pending.length === 1 ? '' : 's'}:{' '}
      {pending.join(', ') || 'none'}).
      <p>
        <button type="button" onClick={onReload}>
          Reload
        </button>{' '}
        to see the current version and make your change again, or keep yours on a new branch:
      </p>
      <form
        className="inline-form"
        aria-label="Keep mine as a new branch"
        onSubmit={(event) => {
          event.preventDefault();
          keep.mutate({ name, changes });
        }}
      >
        <label>
          New branch <input value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <button type="submit" disabled={keep.isPending || name.trim() === ''}>
          {keep.isPending ? 'Keeping…' : 'Keep mine as a new branch'}
        </button>
      </form>
      {keep.error instanceof ApiError ? <ProblemMessage problem={keep.error.problem} /> : null}
    </div>
  );
}
