import 'server-only';
import type { TDraft } from './draft.ts';
import { dropStash, isRebasing, syncGit } from './sync-git.ts';
import { removeSyncRecord, type TSyncRecord } from './sync-record.ts';

/**
 * Puts the draft back exactly as it was before a pull-with-rebase: stops the rebase, resets to
 * the commit it started from (its own commits), and re-applies its uncommitted edits (tracked and
 * untracked) from the stash, which is then dropped. Removes the sync record. Call with the
 * draft's commit lock held. Throws if git fails; the stash is only dropped once applied.
 */
export async function restoreBeforeSync(draft: TDraft, record: TSyncRecord): Promise<void> {
  const git = syncGit(draft);
  if (await isRebasing(git, draft.dir)) await git.raw(['rebase', '--abort']).catch(() => undefined);
  await git.raw(['reset', '--hard', '--quiet', record.before]);
  if (record.stash) {
    const apply = () => git.raw(['stash', 'apply', '--quiet', record.stash!]);
    await apply().catch(async () => {
      // Untracked files left behind by the rebase block the stash's own untracked files (every
      // untracked file of the draft before the sync is in the stash, so none of the draft's is lost).
      await git.raw(['clean', '-fd', '--quiet']);
      await apply();
    });
    await dropStash(git, record.stash);
  }
  await removeSyncRecord(git, draft.dir);
}
