import 'server-only';
import type { TSyncState } from '../contracts/sync-api.ts';
import type { TDraft } from './draft.ts';
import { readSyncState } from './read-sync-state.ts';
import { restoreBeforeSync } from './restore-before-sync.ts';
import { isRebasing, syncGit } from './sync-git.ts';
import { readSyncRecord } from './sync-record.ts';
import { withLock } from './with-lock.ts';

/**
 * Aborts the draft's pull-with-rebase: the draft is back exactly as before it (its commits and
 * its uncommitted edits); resolutions made meanwhile are dropped. A rebase without Rampart's
 * record is just aborted. Nothing in progress: changes nothing. Returns the (idle) state.
 */
export async function abortSync(draft: TDraft): Promise<TSyncState> {
  return withLock(`commit:${draft.repoDir}:${draft.branch}`, async () => {
    const git = syncGit(draft);
    const record = await readSyncRecord(git, draft.dir);
    if (record) await restoreBeforeSync(draft, record);
    else if (await isRebasing(git, draft.dir)) await git.raw(['rebase', '--abort']);
    return readSyncState(draft);
  });
}
