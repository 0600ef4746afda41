import 'server-only';
import { AppError } from '../errors/app-error.ts';
import type { TActor } from '../auth/get-actor.ts';
import { createGit } from '../git/create-git.ts';
import { ZRepoPath } from '../git/repo-path.ts';
import type { TDraft } from './draft.ts';
import { listDraftFiles } from './list-draft-files.ts';
import { withLock } from './with-lock.ts';

/** What to commit: a message and optionally a subset of the changed files (default: all). */
export interface TCommitRequest {
  message: string;
  files?: string[];
}

/**
 * Commits the draft's changes with `actor` as author and publishes the commit to the shared
 * branch, only if the branch has not moved since the draft was based on it (compare-and-swap
 * with `git update-ref`). Throws AppError('CONFLICT') when it moved ("branch moved"; nothing is
 * committed), AppError('INVALID_INPUT') when there is nothing to commit or the message is empty.
 */
export async function commitDraft(
  draft: TDraft,
  actor: TActor,
  request: TCommitRequest,
): Promise<{ sha: string }> {
  const message = request.message.trim();
  if (!message)
    throw new AppError('INVALID_INPUT', {
      message: 'a commit message is required',
      invalidParams: [{ name: 'message', reason: 'required' }],
    });
  for (const file of request.files ?? []) {
    if (!ZRepoPath.safeParse(file).success)
      throw new AppError('INVALID_INPUT', { message: `invalid path "${file}"` });
  }
  return withLock(`commit:${draft.repoDir}:${draft.branch}`, async () => {
    const git = createGit(draft.dir, {
      GIT_AUTHOR_NAME: actor.name,
      GIT_AUTHOR_EMAIL: actor.email,
      GIT_COMMITTER_NAME: actor.name,
      GIT_COMMITTER_EMAIL: actor.email,
    });
    const base = (await git.revparse(['HEAD'])).trim();
    const tip = (
      await git.raw(['rev-parse', '--verify', `refs/heads/${draft.branch}^{commit}`])
    ).trim();
    if (base !== tip && !(await isAncestor(draft, tip, base))) {
      throw new AppError('CONFLICT', {
        message: `branch ${draft.branch} moved from ${base.slice(0, 12)} to ${tip.slice(0, 12)}`,
        userMessage: `The branch "${draft.branch}" moved since your draft was based on it (someone else committed). Bring their changes into your draft first, then commit.`,
        details: { reason: 'branch-moved', base, tip },
      });
    }
    const changed = new Set(
      (await listDraftFiles(draft)).filter((f) => f.status !== 'unmodified').map((f) => f.path),
    );
    const unchanged = (request.files ?? []).filter((file) => !changed.has(file));
    if (unchanged.length > 0) {
      throw new AppError('INVALID_INPUT', {
        message: `nothing to commit in ${unchanged.map((f) => `"${f}"`).join(', ')}: no changes in the draft`,
        invalidParams: [{ name: 'files', reason: 'only changed files can be committed' }],
      });
    }
    await git.raw(['reset', '--quiet']);
    if (request.files && request.files.length > 0)
      await git.raw(['add', '--all', '--', ...request.files]);
    else await git.raw(['add', '--all']);
    const staged = await git.raw(['diff', '--cached', '--name-only', '-z']);
    if (!staged)
      throw new AppError('INVALID_INPUT', {
        message: 'nothing to commit: the chosen files have no changes',
      });
    await git.commit(message);
    const sha = (await git.revparse(['HEAD'])).trim();
    try {
      await git.raw(['update-ref', `refs/heads/${draft.branch}`, sha, tip]);
    } catch (cause) {
      await git.raw(['reset', '--soft', '--quiet', base]);
      throw new AppError('CONFLICT', {
        message: `branch ${draft.branch} moved while committing`,
        userMessage: `The branch "${draft.branch}" moved while you committed; nothing was published. Try again.`,
        details: { reason: 'branch-moved' },
        cause,
      });
    }
    return { sha };
  });
}

// `merge-base --is-ancestor` answers by exit status only, which simple-git does not surface.
async function isAncestor(draft: TDraft, ancestor: string, descendant: string): Promise<boolean> {
  const base = await createGit(draft.dir)
    .raw(['merge-base', ancestor, descendant])
    .catch(() => '');
  return base.trim() === ancestor;
}
