import 'server-only';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { resolveInWorktree } from '../git/resolve-in-worktree.ts';
import { computeEtag } from './compute-etag.ts';
import type { TDraft } from './draft.ts';
import { MAX_EDITABLE_BYTES } from './read-draft-file.ts';
import { withLock } from './with-lock.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/**
 * Saves a file of the draft at once and atomically, only if it still has `baseEtag` (the ETag
 * the writer read; 'absent' to create a new file). A stale ETag throws AppError('CONFLICT') with
 * the current ETag, never overwriting someone else's save. Returns the new ETag.
 */
export async function writeDraftFile(
  draft: TDraft,
  repoPath: string,
  content: string,
  baseEtag: string,
): Promise<{ etag: string }> {
  if (Buffer.byteLength(content, 'utf8') > MAX_EDITABLE_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', {
      message: `the new content of "${repoPath}" is larger than 2 MiB`,
    });
  }
  const absolute = await resolveInWorktree(draft.dir, repoPath);
  return withLock(`file:${absolute}`, async () => {
    const current = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      if (error.code === 'EISDIR')
        throw new AppError('INVALID_INPUT', { message: `"${repoPath}" is a directory` });
      throw error;
    });
    const currentEtag = computeEtag(current);
    if (currentEtag !== baseEtag) {
      throw new AppError('CONFLICT', {
        message: `"${repoPath}" changed since it was read (expected ${baseEtag}, found ${currentEtag})`,
        userMessage: `"${repoPath}" was changed by someone else since you opened it. Reload it to see their version, or copy your edit first.`,
        details: { currentEtag },
      });
    }
    if (current === content) return { etag: currentEtag };
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFileAtomic(absolute, content);
    return { etag: computeEtag(content) };
  });
}
