import 'server-only';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { createGit } from '../git/create-git.ts';
import { ZBranchName } from '../git/repo-path.ts';
import { dataPaths } from './data-paths.ts';
import { draftBranchName, type TDraft } from './draft.ts';
import { readWorkspaceConfig } from './read-workspace-config.ts';
import { withLock } from './with-lock.ts';

/**
 * Returns the user's draft of `branch` in a workspace, creating its git worktree on first use.
 * Uncommitted changes in an existing draft are kept as they are. Throws AppError('NOT_FOUND')
 * for an unknown workspace or branch, AppError('INVALID_INPUT') for a malformed branch name.
 */
export async function openDraft(
  dataDir: string,
  workspaceId: string,
  userId: string,
  branch: string,
): Promise<TDraft> {
  await readWorkspaceConfig(dataDir, workspaceId);
  const parsedBranch = ZBranchName.safeParse(branch);
  if (!parsedBranch.success) {
    throw new AppError('INVALID_INPUT', {
      message: `invalid branch name "${branch}": ${parsedBranch.error.issues[0]?.message ?? ''}`,
      invalidParams: [
        { name: 'branch', reason: parsedBranch.error.issues[0]?.message ?? 'invalid' },
      ],
    });
  }
  const repoDir = dataPaths.workspaceRepo(dataDir, workspaceId);
  const dir = dataPaths.draftDir(dataDir, workspaceId, userId, branch);
  const draft: TDraft = {
    workspaceId,
    userId,
    branch,
    draftBranch: draftBranchName(userId, branch),
    dir,
    repoDir,
  };
  // `git worktree add` writes `.git` before it has checked out HEAD: a request that arrives
  // meanwhile waits for the creation (behind the lock) instead of using a half-made draft.
  if (!creating.has(dir) && (await isWorktree(dir))) return draft;

  return withLock(`draft:${dir}`, async () => {
    if (await isWorktree(dir)) return draft;
    const git = createGit(repoDir);
    await git.raw(['check-ref-format', '--branch', branch]).catch(() => {
      throw new AppError('INVALID_INPUT', {
        message: `"${branch}" is not a valid git branch name`,
      });
    });
    const hasBranch = await refExists(repoDir, `refs/heads/${branch}`);
    if (!hasBranch)
      throw new AppError('NOT_FOUND', {
        message: `no branch "${branch}" in workspace "${workspaceId}"`,
      });
    if (await exists(dir)) {
      throw new AppError('GIT', {
        message: `the draft folder ${dir} exists but is not a git worktree`,
        userMessage: `Your draft of "${branch}" is damaged (its folder is not a git worktree). An administrator can move it aside; Rampart then creates a fresh draft.`,
      });
    }
    await mkdir(path.dirname(dir), { recursive: true });
    await git.raw(['worktree', 'prune']);
    const hasDraftBranch = await refExists(repoDir, `refs/heads/${draft.draftBranch}`);
    // An existing draft branch may hold the user's commits: check it out as is, never reset it.
    const args = hasDraftBranch
      ? ['worktree', 'add', '--quiet', '--', dir, draft.draftBranch]
      : ['worktree', 'add', '--quiet', '-b', draft.draftBranch, '--', dir, `refs/heads/${branch}`];
    creating.add(dir);
    try {
      await git.raw(args);
    } finally {
      creating.delete(dir);
    }
    return draft;
  });
}

// Draft folders whose worktree is being created in this process.
const creating = new Set<string>();

async function exists(dir: string): Promise<boolean> {
  return stat(dir).then(
    () => true,
    () => false,
  );
}

async function isWorktree(dir: string): Promise<boolean> {
  return stat(path.join(dir, '.git')).then(
    () => true,
    () => false,
  );
}

// simple-git resolves on a non-zero exit without stderr, so test the output, not the status.
async function refExists(repoDir: string, ref: string): Promise<boolean> {
  const sha = await createGit(repoDir)
    .raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
    .catch(() => '');
  return /^[0-9a-f]{40,64}\s*$/.test(sha);
}
