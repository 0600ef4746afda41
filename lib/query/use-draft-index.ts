'use client';
import { useQuery } from '@tanstack/react-query';
import { ZDraftIndex } from '../contracts/index-api.ts';
import { apiFetch } from './api-fetch.ts';
import { workspaceKeys } from './workspace-keys.ts';

/** The draft's resources and diagnostics per root module (re-read after every save). */
export function useDraftIndex(workspaceId: string, branch: string) {
  return useQuery({
    queryKey: workspaceKeys.index(workspaceId, branch),
    queryFn: ({ signal }) =>
      apiFetch(
        `/api/workspaces/${encodeURIComponent(workspaceId)}/index?${new URLSearchParams({ branch })}`,
        ZDraftIndex,
        { signal },
      ),
  });
}
