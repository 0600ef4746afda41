import 'server-only';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { createGit } from '../git/create-git.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/**
 * What a pull-with-rebase in progress must remember to finish or undo itself: the draft's HEAD
 * before it, the stash commit holding its uncommitted edits (null: there were none), the
 * upstream it rebases onto, and whether the edits were already put back (the 'stash' phase).
 */
export const ZSyncRecord = z.object({
  before: z.string(),
  stash: z.string().nullable(),
  upstream: z.string(),
  isStashApplied: z.boolean(),
});
export type TSyncRecord = z.infer<typeof ZSyncRecord>;

type TGit = ReturnType<typeof createGit>;

/** Absolute path of a worktree's own git file `name` (`.git/worktrees/<w>/<name>`). */
export async function gitPath(git: TGit, dir: string, name: string): Promise<string> {
  return path.resolve(dir, (await git.raw(['rev-parse', '--git-path', name])).trim());
}

/** The record of the draft's sync in progress, or null. Throws on a corrupt record. */
export async function readSyncRecord(git: TGit, dir: string): Promise<TSyncRecord | null> {
  const text = await readFile(await gitPath(git, dir, 'rampart-sync.json'), 'utf8').catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    },
  );
  return text === null ? null : ZSyncRecord.parse(JSON.parse(text));
}

/** Writes (atomically) the record of the draft's sync in progress. */
export async function writeSyncRecord(git: TGit, dir: string, record: TSyncRecord): Promise<void> {
  await writeFileAtomic(await gitPath(git, dir, 'rampart-sync.json'), JSON.stringify(record));
}

/** Removes the record (the sync finished or was aborted). */
export async function removeSyncRecord(git: TGit, dir: string): Promise<void> {
  await rm(await gitPath(git, dir, 'rampart-sync.json'), { force: true });
}
