'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ZCommitList,
  ZCommitResult,
  ZDraftFile,
  ZDraftTree,
  ZOk,
  ZSaveFileResult,
  ZWorkspaceList,
  ZWorkspaceSummary,
  type TCommitBody,
  type TSaveFileBody,
} from '../contracts/workspace-api.ts';
import { apiFetch } from './api-fetch.ts';
import { workspaceKeys } from './workspace-keys.ts';
import { workspaceUrls } from './workspace-urls.ts';

/** All workspaces. */
export function useWorkspaces() {
  return useQuery({
    queryKey: workspaceKeys.list(),
    queryFn: ({ signal }) => apiFetch(workspaceUrls.list(), ZWorkspaceList, { signal }),
  });
}

/** One workspace. */
export function useWorkspace(workspaceId: string) {
  return useQuery({
    queryKey: workspaceKeys.detail(workspaceId),
    queryFn: ({ signal }) =>
      apiFetch(workspaceUrls.detail(workspaceId), ZWorkspaceSummary, { signal }),
  });
}

/** The files of the user's draft. */
export function useDraftFiles(workspaceId: string, branch: string) {
  return useQuery({
    queryKey: workspaceKeys.files(workspaceId, branch),
    queryFn: ({ signal }) =>
      apiFetch(workspaceUrls.files(workspaceId, branch), ZDraftTree, { signal }),
  });
}

/** One draft file with its HEAD version (null path = nothing selected). */
export function useDraftFile(workspaceId: string, branch: string, path: string | null) {
  return useQuery({
    queryKey: workspaceKeys.file(workspaceId, branch, path ?? ''),
    queryFn: ({ signal }) =>
      apiFetch(workspaceUrls.file(workspaceId, branch, path ?? ''), ZDraftFile, { signal }),
    enabled: path !== null,
    // The editor owns the text once loaded; refetching under it would fight the user's typing.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** Saves a draft file with its base ETag (409 on a stale one). */
export function useSaveFile(workspaceId: string, branch: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { path: string } & TSaveFileBody) =>
      apiFetch(workspaceUrls.file(workspaceId, branch, input.path), ZSaveFileResult, {
        method: 'PUT',
        body: { content: input.content, baseEtag: input.baseEtag },
      }),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: workspaceKeys.files(workspaceId, branch) }),
  });
}

/** Discards the draft's changes to one file. */
export function useDiscardFile(workspaceId: string, branch: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (path: string) =>
      apiFetch(workspaceUrls.discard(workspaceId, branch), ZOk, { method: 'POST', body: { path } }),
    onSuccess: (_result, path) =>
      Promise.all([
        client.invalidateQueries({ queryKey: workspaceKeys.files(workspaceId, branch) }),
        client.invalidateQueries({ queryKey: workspaceKeys.index(workspaceId, branch) }),
        client.invalidateQueries({ queryKey: workspaceKeys.file(workspaceId, branch, path) }),
      ]),
  });
}

/** The commits of the draft's branch. */
export function useCommits(workspaceId: string, branch: string) {
  return useQuery({
    queryKey: workspaceKeys.commits(workspaceId, branch),
    queryFn: ({ signal }) =>
      apiFetch(workspaceUrls.commits(workspaceId, branch), ZCommitList, { signal }),
  });
}

/** Commits the draft. */
export function useCommit(workspaceId: string, branch: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TCommitBody) =>
      apiFetch(workspaceUrls.commits(workspaceId, branch), ZCommitResult, { method: 'POST', body }),
    onSuccess: (result) =>
      Promise.all([
        client.invalidateQueries({ queryKey: workspaceKeys.draft(workspaceId, branch) }),
        // A commit to a new branch adds a branch (and a draft of it).
        result.branch === branch
          ? undefined
          : client.invalidateQueries({ queryKey: workspaceKeys.detail(workspaceId) }),
      ]),
  });
}
