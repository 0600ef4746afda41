import 'server-only';
import { AppError } from '../errors/app-error.ts';
import { createGit } from '../git/create-git.ts';
import { ZBranchName } from '../git/repo-path.ts';

/**
 * Checks that `name` can be a new branch of the workspace repo: `ZBranchName` (no option-like
 * names such as `-f`, no `..`, `.lock`, control characters…), not under the drafts' reserved
 * `rampart/`, accepted by `git check-ref-format --branch` (which prints the name back when valid:
 * simple-git may resolve on failure, so the output is what counts), and not an existing branch.
 * Throws AppError('INVALID_INPUT') for a bad name, ('CONFLICT') when the branch exists.
 */
export async function checkNewBranchName(repoDir: string, name: string): Promise<void> {
  const invalid = (reason: string): never => {
    throw new AppError('INVALID_INPUT', {
      message: `branch name "${name}" ${reason}`,
      invalidParams: [{ name: 'newBranch', reason }],
    });
  };
  const parsed = ZBranchName.safeParse(name);
  if (!parsed.success) invalid(parsed.error.issues[0]?.message ?? 'is not a valid branch name');
  if (name === 'HEAD' || name.startsWith('rampart/'))
    invalid('is reserved (HEAD and rampart/… are used by Rampart)');
  const git = createGit(repoDir);
  const echoed = await git.raw(['check-ref-format', '--branch', name]).catch(() => '');
  if (echoed.trim() !== name) invalid('is not a valid git branch name');
  const existing = await git
    .raw([
      'for-each-ref',
      '--format=%(refname)',
      `refs/heads/${name}`,
      `refs/remotes/origin/${name}`,
    ])
    .catch(() => '');
  if (existing.trim())
    throw new AppError('CONFLICT', {
      message: `branch "${name}" already exists`,
      userMessage: `A branch named "${name}" already exists. Choose another name, or switch to it.`,
      details: { reason: 'branch-exists' },
    });
}
