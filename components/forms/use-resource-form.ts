'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ZResourceForm,
  ZSaveResourceResult,
  type TSaveResourceBody,
} from '@/lib/contracts/resource-api';
import { apiFetch } from '@/lib/query/api-fetch';
import { workspaceKeys } from '@/lib/query/workspace-keys';

/** Query keys of resource forms: under the draft's key, so invalidating the draft refreshes them. */
export const resourceKeys = {
  form: (workspaceId: string, branch: string, address: string) =>
    [...workspaceKeys.draft(workspaceId, branch), 'resource', address] as const,
};

function resourceUrl(workspaceId: string, branch: string, address: string): string {
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/resource?${new URLSearchParams({ branch, address })}`;
}

/** The form (metadata, values, candidates, diagnostics, file ETag) of one resource of the draft. */
export function useResourceForm(workspaceId: string, branch: string, address: string) {
  return useQuery({
    queryKey: resourceKeys.form(workspaceId, branch, address),
    queryFn: ({ signal }) =>
      apiFetch(resourceUrl(workspaceId, branch, address), ZResourceForm, { signal }),
  });
}

/** Saves form changes; on success the draft's queries (files, index, this form, file contents) refresh. */
export function useSaveResource(workspaceId: string, branch: string, address: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TSaveResourceBody) =>
      apiFetch(resourceUrl(workspaceId, branch, address), ZSaveResourceResult, {
        method: 'PUT',
        body,
      }),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: workspaceKeys.draft(workspaceId, branch) }),
  });
}
