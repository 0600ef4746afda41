import 'server-only';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { createGit } from '../git/create-git.ts';
import type { TDraft } from './draft.ts';
import { hasOrigin } from './has-origin.ts';
import { pushBranch } from './push-branch.ts';
import { withLock } from './with-lock.ts';

/** The result of bringing a draft up to date with its branch. */
export interface TSyncResult {
  head: string;
  /** True when local commits were pushed to origin after the rebase. */
  isPushed: boolean;
}

/**
 * Pull with rebase: fetches origin (when there is one), rebases the draft's commits and
 * uncommitted changes onto the branch's newest commit, publishes the result to the
 * workspace branch, and pushes it. On a conflict nothing changes (the rebase is aborted) and
 * AppError('CONFLICT') lists the conflicting files (reason 'rebase-conflict').
 */
async function isMidRebaseOrConflicted(
  git: ReturnType<typeof createGit>,
  dir: string,
): Promise<boolean> {
  const unmerged = await git.raw(['diff', '--name-only', '--diff-filter=U']).catch(() => '');
  if (unmerged.trim()) return true;
  const rebaseDir = (await git.raw(['rev-parse', '--git-path', 'rebase-merge'])).trim();
  return stat(path.resolve(dir, rebaseDir)).then(
    () => true,
    () => false,
  );
}

async function countStashes(git: ReturnType<typeof createGit>): Promise<number> {
  return (await git.raw(['stash', 'list'])).split('\n').filter(Boolean).length;
}

export async function syncDraft(draft: TDraft): Promise<TSyncResult> {
  return withLock(`commit:${draft.repoDir}:${draft.branch}`, async () => {
    const repo = createGit(draft.repoDir);
    const remote = await hasOrigin(draft.repoDir);
    if (remote) await repo.raw(['fetch', '--quiet', 'origin']);
    const upstream = remote ? `refs/remotes/origin/${draft.branch}` : `refs/heads/${draft.branch}`;
    const git = createGit(draft.dir, {
      GIT_AUTHOR_NAME: 'Rampart',
      GIT_AUTHOR_EMAIL: 'rampart@localhost',
      GIT_COMMITTER_NAME: 'Rampart',
      GIT_COMMITTER_EMAIL: 'rampart@localhost',
    });
    const before = (await git.revparse(['HEAD'])).trim();
    // Uncommitted edits are set aside, the draft's commits rebased, then the edits put back; any
    // conflict on the way restores exactly the state we started from.
    const stashesBefore = await countStashes(git);
    await git.raw(['stash', 'push', '--include-untracked', '--quiet', '-m', 'rampart-sync']);
    const isStashed = (await countStashes(git)) > stashesBefore;
    const conflict = async (cause: unknown): Promise<never> => {
      const conflicted = (
        await git.raw(['diff', '--name-only', '--diff-filter=U', '-z']).catch(() => '')
      )
        .split('\0')
        .filter(Boolean);
      await git.raw(['rebase', '--abort']).catch(() => undefined);
      await git.raw(['reset', '--hard', '--quiet', before]);
      if (isStashed) await git.raw(['stash', 'pop', '--quiet']);
      throw new AppError('CONFLICT', {
        message: `sync of ${draft.draftBranch} onto ${upstream} conflicts in ${conflicted.join(', ') || 'unknown files'}`,
        userMessage: `Your changes and theirs touch the same lines in ${conflicted.join(', ') || 'some files'}. Nothing was changed; edit your draft to include their change, then try again.`,
        details: { reason: 'rebase-conflict', files: conflicted },
        cause,
      });
    };
    // simple-git may resolve on a failing git without stderr: check the outcome, not only errors.
    await git.raw(['rebase', '--quiet', upstream]).catch(conflict);
    if (await isMidRebaseOrConflicted(git, draft.dir)) await conflict(new Error('rebase stopped'));
    if (isStashed) {
      await git.raw(['stash', 'pop', '--quiet']).catch(conflict);
      if (await isMidRebaseOrConflicted(git, draft.dir))
        await conflict(new Error('stash pop conflicted'));
    }
    const head = (await git.revparse(['HEAD'])).trim();
    await repo.raw(['update-ref', `refs/heads/${draft.branch}`, head]);
    let isPushed = false;
    if (remote) {
      const remoteTip = (
        await repo.raw(['rev-parse', '--verify', '--quiet', upstream]).catch(() => '')
      ).trim();
      if (remoteTip !== head) {
        await pushBranch(draft.repoDir, draft.branch, head);
        isPushed = true;
      }
    }
    return { head, isPushed };
  });
}
