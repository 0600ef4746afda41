'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZImportIntoDraftResult, type TImportIntoDraftBody } from '../contracts/import-api.ts';
import { ZDraftFile } from '../contracts/workspace-api.ts';
import { apiFetch } from './api-fetch.ts';
import { workspaceKeys } from './workspace-keys.ts';
import { workspaceUrls } from './workspace-urls.ts';

/** Input of the import mutation: the objects and target file; the ETag is read just before. */
export type TImportIntoDraftInput = Omit<TImportIntoDraftBody, 'baseEtag'> & {
  /** True when the target file already exists in the draft (its ETag is then read first). */
  isExistingFile: boolean;
};

/**
 * "Import into code": writes generated resources and `import {}` blocks for chosen unmanaged
 * objects into a draft file (409 when the file changed meanwhile); invalidates the draft's queries.
 */
export function useImportIntoDraft(workspaceId: string, branch: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ isExistingFile, ...input }: TImportIntoDraftInput) => {
      const baseEtag = isExistingFile
        ? (await apiFetch(workspaceUrls.file(workspaceId, branch, input.path), ZDraftFile)).etag
        : 'absent';
      return apiFetch(workspaceUrls.imports(workspaceId, branch), ZImportIntoDraftResult, {
        method: 'POST',
        body: { ...input, baseEtag },
      });
    },
    onSuccess: () =>
      client.invalidateQueries({ queryKey: workspaceKeys.draft(workspaceId, branch) }),
  });
}
