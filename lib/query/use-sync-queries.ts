'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ZSyncOutcome, ZSyncState, type TResolveConflictBody } from '../contracts/sync-api.ts';
import { apiFetch } from './api-fetch.ts';
import { workspaceKeys } from './workspace-keys.ts';
import { workspaceUrls } from './workspace-urls.ts';

/** Where the draft's pull-with-rebase stands (conflicted files per phase), read from git. */
export function useSyncState(workspaceId: string, branch: string) {
  return useQuery({
    queryKey: workspaceKeys.sync(workspaceId, branch),
    queryFn: ({ signal }) =>
      apiFetch(workspaceUrls.sync(workspaceId, branch), ZSyncState, { signal }),
  });
}

function useInvalidateDraft(workspaceId: string, branch: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: workspaceKeys.draft(workspaceId, branch) });
}

/** Pull with rebase: brings the branch's new commits into the draft (and pushes local ones). */
export function useSyncDraft(workspaceId: string, branch: string) {
  const invalidate = useInvalidateDraft(workspaceId, branch);
  return useMutation({
    mutationFn: () =>
      apiFetch(workspaceUrls.sync(workspaceId, branch), ZSyncOutcome, { method: 'POST' }),
    onSuccess: invalidate,
  });
}

/** Resolves one conflicted file (keep theirs / keep mine / edited text; 409 when stale). */
export function useResolveConflict(workspaceId: string, branch: string) {
  const invalidate = useInvalidateDraft(workspaceId, branch);
  return useMutation({
    mutationFn: (body: TResolveConflictBody) =>
      apiFetch(workspaceUrls.syncStep(workspaceId, branch, 'resolve'), ZSyncState, {
        method: 'POST',
        body,
      }),
    onSuccess: invalidate,
  });
}

/** Continues the pull-with-rebase once every file is resolved (may stop at the next conflict). */
export function useContinueSync(workspaceId: string, branch: string) {
  const invalidate = useInvalidateDraft(workspaceId, branch);
  return useMutation({
    mutationFn: () =>
      apiFetch(workspaceUrls.syncStep(workspaceId, branch, 'continue'), ZSyncOutcome, {
        method: 'POST',
      }),
    onSuccess: invalidate,
  });
}

/** Aborts the pull-with-rebase: the draft is back as before it. */
export function useAbortSync(workspaceId: string, branch: string) {
  const invalidate = useInvalidateDraft(workspaceId, branch);
  return useMutation({
    mutationFn: () =>
      apiFetch(workspaceUrls.syncStep(workspaceId, branch, 'abort'), ZSyncState, {
        method: 'POST',
      }),
    onSuccess: invalidate,
  });
}
