import 'server-only';
import { HclEditError } from '../hcl/edit/hcl-edit-error.ts';
import { revertBlock } from '../hcl/edit/revert-block.ts';
import { AppError } from '../errors/app-error.ts';
import { ZRepoPath } from '../git/repo-path.ts';
import { computeEtag } from './compute-etag.ts';
import type { TDraft } from './draft.ts';
import { readDraftFile } from './read-draft-file.ts';
import { readHeadFile } from './read-head-file.ts';
import { writeDraftFile } from './write-draft-file.ts';

/** Which resource to put back as committed: its file, `type.name`, and the file's ETag as read. */
export interface TDiscardResourceRequest {
  path: string;
  address: string;
  baseEtag: string;
}

const ADDRESS = /^([A-Za-z_][A-Za-z0-9_-]*)\.([A-Za-z_][A-Za-z0-9_-]*)$/;

/**
 * Discards the draft's changes to one resource of one `.tf` file and keeps every other edit of
 * that file: a changed resource gets its committed text back, one the draft added is removed, one
 * it deleted is restored (see `revertBlock`). Written atomically, only if the file still has
 * `baseEtag`. Throws AppError: 'CONFLICT' (stale ETag), 'NOT_FOUND' (the resource is in neither
 * version of the file), 'INVALID_INPUT' (bad path or address, a file that does not parse around
 * the resource). Returns the file's new ETag.
 */
export async function discardDraftResource(
  draft: TDraft,
  request: TDiscardResourceRequest,
): Promise<{ etag: string }> {
  const match = ADDRESS.exec(request.address);
  if (!match || !ZRepoPath.safeParse(request.path).success || !request.path.endsWith('.tf'))
    throw new AppError('INVALID_INPUT', {
      message: `cannot discard "${request.address}" in "${request.path}": expects a .tf file and a resource address type.name`,
    });
  const current = await readDraftFile(draft, request.path).then(
    (file) => file.content,
    (error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    },
  );
  if (computeEtag(current) !== request.baseEtag)
    throw new AppError('CONFLICT', {
      message: `"${request.path}" changed since it was read`,
      userMessage: `"${request.path}" was changed since you looked at its changes. Review them again, then discard.`,
      details: { currentEtag: computeEtag(current) },
    });
  const committed = (await readHeadFile(draft, request.path)) ?? '';
  let text: string;
  try {
    text = revertBlock(current ?? '', committed, ['resource', match[1]!, match[2]!]).text;
  } catch (error) {
    if (!(error instanceof HclEditError)) throw error;
    throw new AppError(error.code === 'not-found' ? 'NOT_FOUND' : 'INVALID_INPUT', {
      message: `cannot discard ${request.address} in ${request.path}: ${error.message}`,
      userMessage: `Cannot discard the changes to ${request.address} in ${request.path}: ${error.message}`,
      cause: error,
    });
  }
  // writeDraftFile checks the ETag again under the file lock: a save in between still gets 409.
  return writeDraftFile(draft, request.path, text, request.baseEtag);
}
