'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ZWorkspaceSummary } from '@/lib/contracts/workspace-api';
import { ApiError, apiFetch } from '@/lib/query/api-fetch';
import { workspaceKeys } from '@/lib/query/workspace-keys';
import { workspaceUrls } from '@/lib/query/workspace-urls';
import { ProblemMessage } from '../ui/problem-message';

/** Admins add a workspace from a Git URL (https, ssh, file) or a server path. */
export function AddWorkspaceForm() {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const [roots, setRoots] = useState('');
  const add = useMutation({
    mutationFn: () =>
      apiFetch(workspaceUrls.list(), ZWorkspaceSummary, {
        method: 'POST',
        body: {
          name,
          source,
          ...(roots.trim()
            ? { roots: roots.split(',').map((root) => root.trim().replace(/^\/+|\/+$/g, '')) }
            : {}),
        },
      }),
    onSuccess: () => {
      setName('');
      setSource('');
      setRoots('');
      return client.invalidateQueries({ queryKey: workspaceKeys.list() });
    },
  });
  return (
    <section className="panel" aria-labelledby="add-workspace-heading">
      <h2 id="add-workspace-heading">Add a workspace</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate();
        }}
      >
        <label htmlFor="workspace-name">Name</label>
        <input
          id="workspace-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={200}
        />
        <label htmlFor="workspace-source">Git URL or server path</label>
        <input
          id="workspace-source"
          value={source}
          onChange={(e) => setSource(e.target.value)}
          placeholder="https://github.com/acme/secure-policies.git"
          required
        />
        <label htmlFor="workspace-roots">
          Root module folders (comma-separated; empty: detect)
        </label>
        <input
          id="workspace-roots"
          value={roots}
          onChange={(e) => setRoots(e.target.value)}
          placeholder="policies, legacy"
        />
        <button type="submit" className="primary" disabled={add.isPending}>
          {add.isPending ? 'Cloning…' : 'Add workspace'}
        </button>
        {add.error instanceof ApiError ? <ProblemMessage problem={add.error.problem} /> : null}
        {add.data ? <p role="status">Added {add.data.name}.</p> : null}
      </form>
    </section>
  );
}
