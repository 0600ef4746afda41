import 'server-only';
import type { TSyncOutcome } from '../contracts/sync-api.ts';
import { createGit } from '../git/create-git.ts';
import { advanceSync } from './advance-sync.ts';
import type { TDraft } from './draft.ts';
import { hasOrigin } from './has-origin.ts';
import { readSyncState } from './read-sync-state.ts';
import { isRebasing, syncGit } from './sync-git.ts';
import { readSyncRecord, writeSyncRecord } from './sync-record.ts';
import { withLock } from './with-lock.ts';

/**
 * Pull with rebase: fetches origin (when there is one), sets the draft's uncommitted edits aside
 * (stash, untracked files included), rebases the draft's commits onto the branch's newest
 * commit, puts the edits back, publishes the result to the workspace branch and pushes it.
 * On a conflict the rebase stays in progress in the draft's worktree and the outcome lists the
 * conflicted files (`status: 'conflict'`): resolve them (`resolveSyncConflict`), then
 * `continueSync`, or `abortSync` to get the draft back exactly as it was. Called while a sync is
 * already in progress, returns its state and changes nothing.
 */
export async function syncDraft(draft: TDraft): Promise<TSyncOutcome> {
  return withLock(`commit:${draft.repoDir}:${draft.branch}`, async () => {
    const git = syncGit(draft);
    if ((await readSyncRecord(git, draft.dir)) || (await isRebasing(git, draft.dir)))
      return { status: 'conflict', state: await readSyncState(draft) };
    const remote = await hasOrigin(draft.repoDir);
    if (remote) await createGit(draft.repoDir).raw(['fetch', '--quiet', 'origin']);
    const upstream = remote ? `refs/remotes/origin/${draft.branch}` : `refs/heads/${draft.branch}`;
    const before = (await git.revparse(['HEAD'])).trim();
    const stashBefore = await stashTip(git);
    await git.raw(['stash', 'push', '--include-untracked', '--quiet', '-m', 'rampart-sync']);
    const stashAfter = await stashTip(git);
    const record = {
      before,
      stash: stashAfter && stashAfter !== stashBefore ? stashAfter : null,
      upstream,
      isStashApplied: false,
    };
    await writeSyncRecord(git, draft.dir, record);
    // simple-git may resolve on a failing git without stderr: advanceSync checks the outcome.
    await git.raw(['rebase', '--quiet', upstream]).catch(() => undefined);
    return advanceSync(draft, record);
  });
}

async function stashTip(git: ReturnType<typeof syncGit>): Promise<string | null> {
  const sha = (
    await git.raw(['rev-parse', '--verify', '--quiet', 'refs/stash']).catch(() => '')
  ).trim();
  return sha || null;
}
