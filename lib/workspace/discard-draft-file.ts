import 'server-only';
import { rm } from 'node:fs/promises';
import { createGit } from '../git/create-git.ts';
import { resolveInWorktree } from '../git/resolve-in-worktree.ts';
import type { TDraft } from './draft.ts';
import { readHeadFile } from './read-head-file.ts';
import { withLock } from './with-lock.ts';

/**
 * Discards the draft's changes to one file: restores it from HEAD, or deletes it when HEAD has
 * no such file (it was new in the draft).
 */
export async function discardDraftFile(draft: TDraft, repoPath: string): Promise<void> {
  const absolute = await resolveInWorktree(draft.dir, repoPath);
  await withLock(`file:${absolute}`, async () => {
    const head = await readHeadFile(draft, repoPath);
    const git = createGit(draft.dir);
    if (head === null) {
      await git.raw(['rm', '--cached', '--quiet', '--ignore-unmatch', '--', repoPath]);
      await rm(absolute, { force: true });
      return;
    }
    await git.raw(['restore', '--source=HEAD', '--staged', '--worktree', '--', repoPath]);
  });
}
