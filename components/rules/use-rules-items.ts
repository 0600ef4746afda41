'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ZRulesItems,
  ZSaveRulesItemResult,
  type TSaveRulesItemBody,
} from '@/lib/contracts/rules-item-api';
import { apiFetch } from '@/lib/query/api-fetch';
import { workspaceKeys } from '@/lib/query/workspace-keys';

function itemsUrl(workspaceId: string, branch: string, path: string): string {
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/rules-items?${new URLSearchParams({ branch, path })}`;
}

/** Query key of a rules file's items: under the file's key, so saving the file refreshes them. */
export const rulesItemKeys = {
  items: (workspaceId: string, branch: string, path: string) =>
    [...workspaceKeys.file(workspaceId, branch, path), 'rules-items'] as const,
};

/** The rules, macros and lists of the rules file `path` of the draft, with the file's ETag. */
export function useRulesItems(workspaceId: string, branch: string, path: string) {
  return useQuery({
    queryKey: rulesItemKeys.items(workspaceId, branch, path),
    queryFn: ({ signal }) => apiFetch(itemsUrl(workspaceId, branch, path), ZRulesItems, { signal }),
  });
}

/** Saves one item's form; on success the draft's queries (files, index, these items) refresh. */
export function useSaveRulesItem(workspaceId: string, branch: string, path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TSaveRulesItemBody) =>
      apiFetch(itemsUrl(workspaceId, branch, path), ZSaveRulesItemResult, {
        method: 'PUT',
        body,
      }),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: workspaceKeys.draft(workspaceId, branch) }),
  });
}
