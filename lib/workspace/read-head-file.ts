import 'server-only';
import { createGit } from '../git/create-git.ts';
import { ZRepoPath } from '../git/repo-path.ts';
import { AppError } from '../errors/app-error.ts';
import type { TDraft } from './draft.ts';

/** The file's text at the draft's HEAD commit, or null when HEAD has no such file (a new file). */
export async function readHeadFile(draft: TDraft, repoPath: string): Promise<string | null> {
  if (!ZRepoPath.safeParse(repoPath).success)
    throw new AppError('INVALID_INPUT', { message: `invalid path "${repoPath}"` });
  const git = createGit(draft.dir);
  // `HEAD:<path>` is one argument, never an option: the path cannot start with "-" here.
  return git.raw(['cat-file', 'blob', `HEAD:${repoPath}`]).then(
    (text) => text,
    () => null,
  );
}
