import 'server-only';
import { readFile } from 'node:fs/promises';
import { AppError } from '../errors/app-error.ts';
import { resolveInWorktree } from '../git/resolve-in-worktree.ts';
import { computeEtag } from './compute-etag.ts';
import type { TDraft } from './draft.ts';

/** Largest file Rampart opens in the editor. */
export const MAX_EDITABLE_BYTES = 2 * 1024 * 1024;

/** A draft file's text and the ETag to present when saving it. */
export interface TDraftFileContent {
  path: string;
  content: string;
  etag: string;
}

/**
 * Reads a text file of the draft. Throws AppError('NOT_FOUND') when it does not exist (or was
 * deleted in the draft), AppError('INVALID_INPUT') for a hostile path, a binary or oversized file.
 */
export async function readDraftFile(draft: TDraft, repoPath: string): Promise<TDraftFileContent> {
  const absolute = await resolveInWorktree(draft.dir, repoPath);
  const bytes = await readFile(absolute).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'EISDIR')
      throw new AppError('NOT_FOUND', { message: `no file "${repoPath}" in the draft` });
    throw error;
  });
  if (bytes.byteLength > MAX_EDITABLE_BYTES) {
    throw new AppError('INVALID_INPUT', {
      message: `"${repoPath}" is larger than 2 MiB; edit it outside Rampart`,
    });
  }
  if (bytes.includes(0)) {
    throw new AppError('INVALID_INPUT', {
      message: `"${repoPath}" is a binary file; Rampart edits text files only`,
    });
  }
  const content = bytes.toString('utf8');
  return { path: repoPath, content, etag: computeEtag(content) };
}
