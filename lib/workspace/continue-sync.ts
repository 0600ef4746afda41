import 'server-only';
import type { TSyncOutcome } from '../contracts/sync-api.ts';
import { AppError } from '../errors/app-error.ts';
import { advanceSync } from './advance-sync.ts';
import type { TDraft } from './draft.ts';
import { gitPath, readSyncRecord } from './sync-record.ts';
import { hasStagedChanges, isRebasing, listUnmerged, syncGit } from './sync-git.ts';
import { readFile } from 'node:fs/promises';
import { withLock } from './with-lock.ts';

/**
 * Continues the draft's pull-with-rebase once every conflicted file is resolved: commits the
 * resolved commit with its original author and message (or skips it when the resolution left
 * nothing of it), replays the next commits, and goes on as `advanceSync` does — which may stop
 * at the next conflict. Throws AppError('CONFLICT') while files are still conflicted,
 * AppError('INVALID_INPUT') when no sync is in progress.
 */
export async function continueSync(draft: TDraft): Promise<TSyncOutcome> {
  return withLock(`commit:${draft.repoDir}:${draft.branch}`, async () => {
    const git = syncGit(draft);
    const record = await readSyncRecord(git, draft.dir);
    if (!record)
      throw new AppError('INVALID_INPUT', {
        message: 'no pull with rebase is in progress in this draft',
      });
    const unmerged = await listUnmerged(git);
    if (unmerged.length > 0)
      throw new AppError('CONFLICT', {
        message: `still conflicted: ${unmerged.map((e) => e.path).join(', ')}`,
        userMessage: `Resolve ${unmerged.map((e) => e.path).join(', ')} first (keep theirs, keep mine or edit).`,
        details: { reason: 'rebase-conflict', files: unmerged.map((e) => e.path) },
      });
    // Guards against a rebase that keeps stopping without conflicts (it never should).
    for (let round = 0; round < 10_000 && (await isRebasing(git, draft.dir)); round++) {
      if ((await listUnmerged(git)).length > 0) break;
      if (await hasStagedChanges(git)) {
        // Committing ourselves (`-C`: the replayed commit's message and author, no editor) lets
        // `rebase --continue` go on without an editor, which simple-git rightly refuses to set.
        const stopped = await readFile(
          await gitPath(git, draft.dir, 'rebase-merge/stopped-sha'),
          'utf8',
        ).catch(() => 'REBASE_HEAD');
        await git.raw(['commit', '--quiet', '--no-verify', '-C', stopped.trim()]);
        await git.raw(['rebase', '--continue']).catch(() => undefined);
      } else {
        await git.raw(['rebase', '--skip']).catch(() => undefined);
      }
    }
    return advanceSync(draft, record);
  });
}
