'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ZDraftFile } from '@/lib/contracts/workspace-api';
import { ApiError, apiFetch } from '@/lib/query/api-fetch';
import { workspaceKeys } from '@/lib/query/workspace-keys';
import { workspaceUrls } from '@/lib/query/workspace-urls';
import { ProblemMessage } from '../ui/problem-message';

/** The one-click fix for Terraform 0.11 (HCL1) syntax: rewrite the file to HCL2, like `terraform 0.12upgrade`. */
export function UpgradeSyntaxButton({
  workspaceId,
  branch,
  path,
}: {
  workspaceId: string;
  branch: string;
  path: string;
}) {
  const client = useQueryClient();
  const upgrade = useMutation({
    mutationFn: async () => {
      const file = await apiFetch(workspaceUrls.file(workspaceId, branch, path), ZDraftFile);
      return apiFetch(
        `/api/workspaces/${encodeURIComponent(workspaceId)}/upgrade-syntax?${new URLSearchParams({ branch })}`,
        z.object({ etag: z.string(), edits: z.number() }),
        {
          method: 'POST',
          body: { path, baseEtag: file.etag },
        },
      );
    },
    onSuccess: () =>
      client.invalidateQueries({ queryKey: workspaceKeys.draft(workspaceId, branch) }),
  });
  return (
    <>
      <button type="button" onClick={() => upgrade.mutate()} disabled={upgrade.isPending}>
        Upgrade syntax of {path}
      </button>
      {upgrade.error instanceof ApiError ? (
        <ProblemMessage problem={upgrade.error.problem} />
      ) : null}
    </>
  );
}
