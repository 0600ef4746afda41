import 'server-only';
import { AppError } from '../errors/app-error.ts';
import type { TDraft } from './draft.ts';
import { isRebasing, syncGit } from './sync-git.ts';
import { readSyncRecord } from './sync-record.ts';

/**
 * Throws AppError('CONFLICT', reason 'sync-in-progress') while the draft's pull-with-rebase is
 * stopped on conflicts: committing then would mix a half-replayed history with new work.
 */
export async function refuseDuringSync(draft: TDraft): Promise<void> {
  const git = syncGit(draft);
  if ((await readSyncRecord(git, draft.dir)) || (await isRebasing(git, draft.dir))) {
    throw new AppError('CONFLICT', {
      message: `${draft.draftBranch}: a pull with rebase is in progress`,
      userMessage:
        'A pull with rebase is in progress: resolve its conflicts and continue, or abort it, before committing.',
      details: { reason: 'sync-in-progress' },
    });
  }
}
