'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import {
  ZResourceForm,
  ZSaveResourceResult,
  type TResourceChange,
} from '@/lib/contracts/resource-api';
import { ZOk } from '@/lib/contracts/workspace-api';
import { apiFetch } from '@/lib/query/api-fetch';
import { workspaceKeys } from '@/lib/query/workspace-keys';

function resourceUrl(workspaceId: string, branch: string, address: string): string {
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/resource?${new URLSearchParams({ branch, address })}`;
}

/**
 * The conflict view's "keep mine as a new branch": creates `name` at the tip of `branch`, saves
 * the form's pending changes to the resource in the actor's draft of the new branch (its own
 * worktree: the draft that conflicted is untouched), then switches the studio to that branch.
 */
export function useKeepAsBranch(workspaceId: string, branch: string, address: string) {
  const client = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: async ({ name, changes }: { name: string; changes: TResourceChange[] }) => {
      await apiFetch(`/api/workspaces/${encodeURIComponent(workspaceId)}/branches`, ZOk, {
        method: 'POST',
        body: { name, from: branch },
      });
      const form = await apiFetch(resourceUrl(workspaceId, name, address), ZResourceForm);
      return apiFetch(resourceUrl(workspaceId, name, address), ZSaveResourceResult, {
        method: 'PUT',
        body: { baseEtag: form.etag, changes },
      });
    },
    onSuccess: async (_result, { name }) => {
      await client.invalidateQueries({ queryKey: workspaceKeys.detail(workspaceId) });
      router.push(`/w/${encodeURIComponent(workspaceId)}?branch=${encodeURIComponent(name)}`);
    },
  });
}
