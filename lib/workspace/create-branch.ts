import 'server-only';
import { AppError } from '../errors/app-error.ts';
import { createGit } from '../git/create-git.ts';
import { ZBranchName } from '../git/repo-path.ts';

/**
 * Creates branch `name` at the tip of `from` in the workspace repo. Throws AppError('INVALID_INPUT')
 * for a bad name, ('CONFLICT') when it exists, ('NOT_FOUND') when `from` does not.
 */
export async function createBranch(repoDir: string, name: string, from: string): Promise<void> {
  for (const [field, value] of [
    ['name', name],
    ['from', from],
  ] as const) {
    const parsed = ZBranchName.safeParse(value);
    if (!parsed.success) {
      throw new AppError('INVALID_INPUT', {
        message: `${field} "${value}" ${parsed.error.issues[0]?.message ?? 'is not a valid branch name'}`,
        invalidParams: [{ name: field, reason: parsed.error.issues[0]?.message ?? 'invalid' }],
      });
    }
  }
  if (name.startsWith('rampart/'))
    throw new AppError('INVALID_INPUT', {
      message: 'branch names under rampart/ are reserved for drafts',
    });
  const git = createGit(repoDir);
  await git.raw(['check-ref-format', '--branch', name]).catch(() => {
    throw new AppError('INVALID_INPUT', { message: `"${name}" is not a valid git branch name` });
  });
  const fromSha = (
    await git
      .raw(['rev-parse', '--verify', '--quiet', `refs/heads/${from}^{commit}`])
      .catch(() => '')
  ).trim();
  if (!fromSha) throw new AppError('NOT_FOUND', { message: `no branch "${from}"` });
  // update-ref with an all-zero old value creates the ref only if it does not exist yet.
  await git.raw(['update-ref', `refs/heads/${name}`, fromSha, '0'.repeat(40)]).catch(() => {
    throw new AppError('CONFLICT', { message: `branch "${name}" already exists` });
  });
}
