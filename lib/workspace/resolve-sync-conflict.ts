import 'server-only';
import { readFile } from 'node:fs/promises';
import type { TResolveConflictBody, TSyncState } from '../contracts/sync-api.ts';
import { AppError } from '../errors/app-error.ts';
import { resolveInWorktree } from '../git/resolve-in-worktree.ts';
import { checkResolvedText } from './check-resolved-text.ts';
import { computeEtag } from './compute-etag.ts';
import type { TDraft } from './draft.ts';
import { readSyncState } from './read-sync-state.ts';
import { listUnmerged, syncGit } from './sync-git.ts';
import { withLock } from './with-lock.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/**
 * Resolves one conflicted file of the draft's pull-with-rebase and marks it resolved:
 * 'theirs' keeps origin's version (git's stage 2, `--ours` during a rebase), 'mine' the draft's
 * (stage 3), 'edit' the given text — refused (AppError('INVALID_INPUT'), saying where) while it
 * has a conflict marker or, for `.tf`, does not parse. A side that deleted the file resolves to
 * deleting it. Only if the working file still has `baseEtag` (AppError('CONFLICT') otherwise);
 * a path that is not conflicted: AppError('INVALID_INPUT'). Returns the new state.
 */
export async function resolveSyncConflict(
  draft: TDraft,
  body: TResolveConflictBody,
): Promise<TSyncState> {
  return withLock(`commit:${draft.repoDir}:${draft.branch}`, async () => {
    const git = syncGit(draft);
    const entry = (await listUnmerged(git)).find((e) => e.path === body.path);
    if (!entry)
      throw new AppError('INVALID_INPUT', {
        message: `"${body.path}" is not conflicted (already resolved, or no pull with rebase is in progress)`,
      });
    const absolute = await resolveInWorktree(draft.dir, body.path);
    const current = await readFile(absolute, 'utf8').catch(() => null);
    if (computeEtag(current) !== body.baseEtag)
      throw new AppError('CONFLICT', {
        message: `"${body.path}" changed since it was read`,
        userMessage: `"${body.path}" changed since you opened the conflict; reload to see it.`,
        details: { currentEtag: computeEtag(current) },
      });
    if (body.resolution === 'edit') {
      checkResolvedText(body.path, body.content);
      await writeFileAtomic(absolute, body.content);
      await git.raw(['add', '--', body.path]);
    } else {
      const stage = body.resolution === 'theirs' ? 2 : 3;
      if (entry.stages[stage]) {
        await git.raw([
          'checkout',
          body.resolution === 'theirs' ? '--ours' : '--theirs',
          '--',
          body.path,
        ]);
        await git.raw(['add', '--', body.path]);
      } else {
        await git.raw(['rm', '--quiet', '--force', '--', body.path]);
      }
    }
    if ((await listUnmerged(git)).some((e) => e.path === body.path))
      throw new AppError('GIT', { message: `git did not mark "${body.path}" resolved` });
    return readSyncState(draft);
  });
}
