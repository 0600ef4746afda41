import 'server-only';
import { stat } from 'node:fs/promises';
import { createGit } from '../git/create-git.ts';
import type { TDraft } from './draft.ts';
import { gitPath } from './sync-record.ts';

/** simple-git rooted at a draft, committing as Rampart (authors of replayed commits are kept). */
export function syncGit(draft: TDraft) {
  return createGit(draft.dir, {
    GIT_AUTHOR_NAME: 'Rampart',
    GIT_AUTHOR_EMAIL: 'rampart@localhost',
    GIT_COMMITTER_NAME: 'Rampart',
    GIT_COMMITTER_EMAIL: 'rampart@localhost',
  });
}

type TGit = ReturnType<typeof createGit>;

/** True while git is replaying commits in the worktree (`rebase-merge` or `rebase-apply`). */
export async function isRebasing(git: TGit, dir: string): Promise<boolean> {
  for (const name of ['rebase-merge', 'rebase-apply']) {
    const isThere = await stat(await gitPath(git, dir, name)).then(
      () => true,
      () => false,
    );
    if (isThere) return true;
  }
  return false;
}

/** One unmerged index entry per stage: 1 base, 2 "ours" (the branch), 3 "theirs" (replayed). */
export interface TUnmergedEntry {
  path: string;
  stages: Partial<Record<1 | 2 | 3, string>>;
}

/** The worktree's unmerged paths with their blob per stage (`git ls-files -u`), path order. */
export async function listUnmerged(git: TGit): Promise<TUnmergedEntry[]> {
  const out = await git.raw(['ls-files', '-u', '-z']);
  const byPath = new Map<string, TUnmergedEntry>();
  for (const record of out.split('\0').filter(Boolean)) {
    const [info, file] = record.split('\t') as [string, string];
    const [, sha, stage] = info.split(' ');
    const entry = byPath.get(file) ?? { path: file, stages: {} };
    entry.stages[Number(stage) as 1 | 2 | 3] = sha;
    byPath.set(file, entry);
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** True when the index has changes against HEAD (something to commit). */
export async function hasStagedChanges(git: TGit): Promise<boolean> {
  return (await git.raw(['diff', '--cached', '--name-only', '-z'])).length > 0;
}

/** Applies the stash commit `sha` (uncommitted edits back on the worktree); may conflict. */
export async function applyStash(git: TGit, sha: string): Promise<void> {
  await git.raw(['stash', 'apply', '--quiet', sha]).catch(() => undefined);
}

/** Drops the stash entry whose commit is `sha` (refs/stash is shared by all worktrees). */
export async function dropStash(git: TGit, sha: string): Promise<void> {
  const shas = (await git.raw(['stash', 'list', '--format=%H'])).split('\n').filter(Boolean);
  const index = shas.indexOf(sha);
  if (index >= 0) await git.raw(['stash', 'drop', '--quiet', `stash@{${index}}`]);
}
