import 'server-only';
import { AppError } from '../errors/app-error.ts';
import { createGit } from '../git/create-git.ts';

/**
 * Pushes `sha` to origin's `branch` without force. When origin's branch moved (non-fast-forward),
 * throws AppError('CONFLICT') with reason 'remote-moved': the commit stays local, nothing is
 * overwritten on origin, and the person is offered pull-with-rebase.
 */
export async function pushBranch(repoDir: string, branch: string, sha: string): Promise<void> {
  const git = createGit(repoDir);
  try {
    await git.raw(['push', '--porcelain', '--quiet', 'origin', `${sha}:refs/heads/${branch}`]);
  } catch (cause) {
    const text = cause instanceof Error ? cause.message : String(cause);
    if (/non-fast-forward|fetch first|rejected/i.test(text)) {
      throw new AppError('CONFLICT', {
        message: `push of ${branch} rejected: origin moved`,
        userMessage: `Committed, but "${branch}" moved on origin since your draft was based on it, so nothing was pushed. Pull with rebase to bring their changes in, then push again.`,
        details: { reason: 'remote-moved' },
        cause,
      });
    }
    throw new AppError('GIT', {
      message: `push of ${branch} failed`,
      userMessage: `Committed locally, but the push to origin failed: ${text.split('\n')[0]?.slice(0, 200)}`,
      cause,
    });
  }
  await git.raw(['update-ref', `refs/remotes/origin/${branch}`, sha]).catch(() => undefined);
}
