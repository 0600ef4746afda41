import 'server-only';
import type { TSyncOutcome } from '../contracts/sync-api.ts';
import { AppError } from '../errors/app-error.ts';
import { createGit } from '../git/create-git.ts';
import type { TDraft } from './draft.ts';
import { hasOrigin } from './has-origin.ts';
import { pushBranch } from './push-branch.ts';
import { readSyncState } from './read-sync-state.ts';
import { restoreBeforeSync } from './restore-before-sync.ts';
import { dropStash, isRebasing, listUnmerged, syncGit } from './sync-git.ts';
import { removeSyncRecord, writeSyncRecord, type TSyncRecord } from './sync-record.ts';

/**
 * Drives a pull-with-rebase as far as it goes without a person: stops at a conflict (returns the
 * state: files to resolve), or, once every commit is replayed, puts the uncommitted edits back
 * (which may conflict too: the 'stash' phase), publishes the result to the workspace branch and
 * pushes it to origin. Call with the draft's commit lock held. When the rebase did not happen at
 * all, restores the draft as it was and throws AppError('GIT'); pushes throw what `pushBranch` throws.
 */
export async function advanceSync(draft: TDraft, record: TSyncRecord): Promise<TSyncOutcome> {
  const git = syncGit(draft);
  const conflict = async (): Promise<TSyncOutcome> => ({
    status: 'conflict',
    state: await readSyncState(draft),
  });
  if (await isRebasing(git, draft.dir)) return conflict();
  const head = (await git.revparse(['HEAD'])).trim();
  const upstream = (await git.raw(['rev-parse', '--verify', '--quiet', record.upstream])).trim();
  const base = (await git.raw(['merge-base', upstream, head]).catch(() => '')).trim();
  if (base !== upstream) {
    await restoreBeforeSync(draft, record);
    throw new AppError('GIT', {
      message: `rebase of ${draft.draftBranch} onto ${record.upstream} did not complete`,
      userMessage:
        'Pull with rebase failed; your draft is as it was. Try again, or ask an administrator to look at the server log.',
    });
  }
  if (record.stash && !record.isStashApplied) {
    const failed = await git.raw(['stash', 'apply', '--quiet', record.stash]).then(
      () => false,
      () => true,
    );
    const unmerged = await listUnmerged(git);
    if (failed && unmerged.length === 0) {
      // Refused outright (e.g. an untracked file of the draft is now tracked): undo everything.
      await restoreBeforeSync(draft, record);
      throw new AppError('CONFLICT', {
        message: `uncommitted edits of ${draft.draftBranch} could not be put back after the rebase`,
        userMessage:
          'Your uncommitted edits clash with files the branch now has; nothing was changed. Commit or discard those edits, then pull with rebase again.',
        details: { reason: 'rebase-conflict', files: [] },
      });
    }
    record = { ...record, isStashApplied: true };
    await writeSyncRecord(git, draft.dir, record);
    if (unmerged.length > 0) return conflict();
  }
  if ((await listUnmerged(git)).length > 0) return conflict();
  if (record.stash) {
    // The edits stay uncommitted, as they were before the sync.
    await git.raw(['reset', '--quiet']);
    await dropStash(git, record.stash);
  }
  await removeSyncRecord(git, draft.dir);
  return { status: 'done', ...(await publishHead(draft, head)) };
}

async function publishHead(
  draft: TDraft,
  head: string,
): Promise<{ head: string; isPushed: boolean }> {
  const repo = createGit(draft.repoDir);
  await repo.raw(['update-ref', `refs/heads/${draft.branch}`, head]);
  if (!(await hasOrigin(draft.repoDir))) return { head, isPushed: false };
  const upstream = `refs/remotes/origin/${draft.branch}`;
  const remoteTip = (
    await repo.raw(['rev-parse', '--verify', '--quiet', upstream]).catch(() => '')
  ).trim();
  if (remoteTip === head) return { head, isPushed: false };
  await pushBranch(draft.repoDir, draft.branch, head);
  return { head, isPushed: true };
}
