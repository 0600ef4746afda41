'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ZBranchList, ZOk } from '@/lib/contracts/workspace-api';
import { ApiError, apiFetch } from '@/lib/query/api-fetch';
import { workspaceKeys } from '@/lib/query/workspace-keys';
import { ProblemMessage } from '../ui/problem-message';

/** Choose the branch of the draft, or create one from the current branch. */
export function BranchSwitcher({ workspaceId, branch }: { workspaceId: string; branch: string }) {
  const router = useRouter();
  const client = useQueryClient();
  const url = `/api/workspaces/${encodeURIComponent(workspaceId)}/branches`;
  const branches = useQuery({
    queryKey: [...workspaceKeys.detail(workspaceId), 'branches'],
    queryFn: ({ signal }) => apiFetch(url, ZBranchList, { signal }),
  });
  const [newName, setNewName] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (name: string) =>
      apiFetch(url, ZOk, { method: 'POST', body: { name, from: branch } }),
    onSuccess: async (_ok, name) => {
      setNewName(null);
      await client.invalidateQueries({ queryKey: workspaceKeys.detail(workspaceId) });
      router.push(`/w/${encodeURIComponent(workspaceId)}?branch=${encodeURIComponent(name)}`);
    },
  });
  const go = (name: string) =>
    router.push(`/w/${encodeURIComponent(workspaceId)}?branch=${encodeURIComponent(name)}`);
  return (
    <span className="branch-switcher">
      <label htmlFor="branch-select" className="visually-hidden">
        Branch
      </label>
      <select id="branch-select" value={branch} onChange={(e) => go(e.target.value)}>
        {(branches.data?.branches ?? [branch]).map((name) => (
          <option key={name} value={name}>
            branch: {name}
          </option>
        ))}
      </select>
      {newName === null ? (
        <button type="button" onClick={() => setNewName('')}>
          New branch
        </button>
      ) : (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate(newName);
          }}
        >
          <label htmlFor="new-branch" className="visually-hidden">
            New branch name
          </label>
          <input
            id="new-branch"
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            placeholder={`from ${branch}`}
            autoFocus
          />
          <button type="submit">Create</button>
          <button type="button" onClick={() => setNewName(null)}>
            Cancel
          </button>
        </form>
      )}
      {create.error instanceof ApiError ? <ProblemMessage problem={create.error.problem} /> : null}
    </span>
  );
}
