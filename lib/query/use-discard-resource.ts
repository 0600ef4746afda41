'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { TDiscardResourceBody } from '../contracts/workspace-api.ts';
import { apiFetch } from './api-fetch.ts';
import { workspaceKeys } from './workspace-keys.ts';

/**
 * Discards the draft's changes to one resource (POST …/discard-resource with the file's ETag as
 * read; a stale one fails with 409). Invalidates everything of the draft: files, index, changes.
 */
export function useDiscardResource(workspaceId: string, branch: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TDiscardResourceBody) =>
      apiFetch(
        `/api/workspaces/${encodeURIComponent(workspaceId)}/discard-resource?${new URLSearchParams({ branch })}`,
        z.object({ etag: z.string() }),
        { method: 'POST', body },
      ),
    onSettled: () =>
      client.invalidateQueries({ queryKey: workspaceKeys.draft(workspaceId, branch) }),
  });
}
