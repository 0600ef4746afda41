import 'server-only';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TActor } from '../auth/get-actor.ts';
import { AppError } from '../errors/app-error.ts';
import { createGit } from '../git/create-git.ts';
import { checkNewBranchName } from './check-new-branch-name.ts';
import { commitDraft, type TCommitRequest } from './commit-draft.ts';
import { discardDraftFile } from './discard-draft-file.ts';
import { draftBranchName, type TDraft } from './draft.ts';
import { listDraftFiles } from './list-draft-files.ts';
import { openDraft } from './open-draft.ts';
import { withLock } from './with-lock.ts';

/**
 * Commits the chosen changes of `draft` to a new branch `newBranch` (started at the commit the
 * draft is based on) instead of the draft's branch: the new branch and the actor's draft of it
 * are created, the chosen files are carried over and committed there (author = actor), and then
 * put back as committed in the old draft (unchosen changes stay there). Returns the commit and
 * the new draft. Throws what `checkNewBranchName` and `commitDraft` throw; on a failure before the
 * commit, the new branch is removed again and the old draft is untouched (no work is lost).
 */
export async function commitToNewBranch(
  dataDir: string,
  draft: TDraft,
  actor: TActor,
  request: TCommitRequest & { newBranch: string },
): Promise<{ sha: string; draft: TDraft }> {
  const name = request.newBranch;
  const repo = createGit(draft.repoDir);
  return withLock(`new-branch:${draft.repoDir}:${name}`, async () => {
    await checkNewBranchName(draft.repoDir, name);
    const stale = await repo
      .raw(['for-each-ref', '--format=%(refname)', `refs/heads/${draftBranchName(actor.id, name)}`])
      .catch(() => '');
    if (stale.trim())
      throw new AppError('CONFLICT', {
        message: `a draft branch for "${name}" already exists`,
        userMessage: `You have an old draft of a branch named "${name}". Choose another name.`,
      });
    const changed = (await listDraftFiles(draft)).filter((f) => f.status !== 'unmodified');
    const chosen = request.files?.length
      ? changed.filter((f) => request.files!.includes(f.path))
      : changed;
    if (chosen.length === 0)
      throw new AppError('INVALID_INPUT', { message: 'nothing to commit: no changes chosen' });
    const base = (await createGit(draft.dir).revparse(['HEAD'])).trim();
    // Created only if absent (all-zero old value): a concurrent creation wins, we get CONFLICT.
    await repo.raw(['update-ref', `refs/heads/${name}`, base, '0'.repeat(40)]);
    const created = (
      await repo.raw(['rev-parse', '--verify', '--quiet', `refs/heads/${name}`]).catch(() => '')
    ).trim();
    if (created !== base)
      throw new AppError('CONFLICT', { message: `branch "${name}" was created meanwhile` });
    let sha: string;
    let target: TDraft | undefined;
    try {
      target = await openDraft(dataDir, draft.workspaceId, actor.id, name);
      for (const file of chosen) {
        const to = path.join(target.dir, file.path);
        if (file.status === 'deleted') {
          await rm(to, { force: true });
          continue;
        }
        await mkdir(path.dirname(to), { recursive: true });
        await copyFile(path.join(draft.dir, file.path), to);
      }
      ({ sha } = await commitDraft(target, actor, {
        message: request.message,
        files: chosen.map((f) => f.path),
      }));
    } catch (error) {
      // Undo the new branch and its draft; the old draft was not touched.
      if (target) {
        await repo.raw(['worktree', 'remove', '--force', target.dir]).catch(() => undefined);
        await repo.raw(['branch', '-D', target.draftBranch]).catch(() => undefined);
      }
      await repo.raw(['update-ref', '-d', `refs/heads/${name}`, base]).catch(() => undefined);
      throw error;
    }
    // Committed on the new branch: the old draft no longer holds these changes.
    for (const file of chosen) await discardDraftFile(draft, file.path);
    return { sha, draft: target };
  });
}
