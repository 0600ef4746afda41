import { z } from 'zod';
import { ZRepoPath } from '../git/repo-path.ts';

/**
 * One conflicted file of a pull-with-rebase. `theirs` is origin's version (what the branch has
 * now; git's stage 2, `--ours` during a rebase), `mine` the draft's (stage 3); null when that
 * side deleted the file. `content` is the working file with conflict markers (null when absent);
 * `etag` is what a resolution must present.
 */
export const ZSyncConflictFile = z.object({
  path: z.string(),
  theirs: z.string().nullable(),
  mine: z.string().nullable(),
  content: z.string().nullable(),
  etag: z.string(),
});
export type TSyncConflictFile = z.infer<typeof ZSyncConflictFile>;

/**
 * Where a pull-with-rebase stands, read from git (survives a reload). `phase`: 'rebase' while
 * the draft's commits are replayed onto the branch (`step` says which), 'stash' while the
 * draft's uncommitted edits are put back on top. `files` are still conflicted.
 */
export const ZSyncState = z.object({
  isInProgress: z.boolean(),
  phase: z.enum(['rebase', 'stash']).nullable(),
  step: z.object({ current: z.number(), total: z.number(), subject: z.string() }).nullable(),
  files: z.array(ZSyncConflictFile),
});
export type TSyncState = z.infer<typeof ZSyncState>;

/** The result of starting or continuing a pull-with-rebase. */
export const ZSyncOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('done'), head: z.string(), isPushed: z.boolean() }),
  z.object({ status: z.literal('conflict'), state: ZSyncState }),
]);
export type TSyncOutcome = z.infer<typeof ZSyncOutcome>;

/** Resolve one conflicted file: keep origin's version, keep the draft's, or the edited text. */
export const ZResolveConflictBody = z.discriminatedUnion('resolution', [
  z.object({
    path: ZRepoPath,
    resolution: z.literal('theirs'),
    baseEtag: z.string().min(1).max(64),
  }),
  z.object({ path: ZRepoPath, resolution: z.literal('mine'), baseEtag: z.string().min(1).max(64) }),
  z.object({
    path: ZRepoPath,
    resolution: z.literal('edit'),
    baseEtag: z.string().min(1).max(64),
    content: z.string().max(2 * 1024 * 1024, 'must be at most 2 MiB'),
  }),
]);
export type TResolveConflictBody = z.infer<typeof ZResolveConflictBody>;
