import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TSyncConflictFile, TSyncState } from '../contracts/sync-api.ts';
import type { createGit } from '../git/create-git.ts';
import { computeEtag } from './compute-etag.ts';
import type { TDraft } from './draft.ts';
import { isRebasing, listUnmerged, syncGit } from './sync-git.ts';
import { gitPath, readSyncRecord } from './sync-record.ts';

type TGit = ReturnType<typeof createGit>;

/**
 * Where the draft's pull-with-rebase stands, derived from git each time (so it survives a
 * reload and a restart): the rebase directory, the unmerged index entries, and Rampart's record
 * of the sync. Each conflicted file comes with origin's version, the draft's and the working
 * text with conflict markers. Reads only.
 */
export async function readSyncState(draft: TDraft): Promise<TSyncState> {
  const git = syncGit(draft);
  const [rebasing, record] = await Promise.all([
    isRebasing(git, draft.dir),
    readSyncRecord(git, draft.dir),
  ]);
  if (!rebasing && !record) return { isInProgress: false, phase: null, step: null, files: [] };
  const files: TSyncConflictFile[] = [];
  for (const entry of await listUnmerged(git)) {
    const content = await readFile(path.join(draft.dir, entry.path), 'utf8').catch(() => null);
    files.push({
      path: entry.path,
      theirs: entry.stages[2] ? await git.raw(['cat-file', 'blob', entry.stages[2]]) : null,
      mine: entry.stages[3] ? await git.raw(['cat-file', 'blob', entry.stages[3]]) : null,
      content,
      etag: computeEtag(content),
    });
  }
  return {
    isInProgress: true,
    phase: rebasing ? 'rebase' : 'stash',
    step: rebasing ? await readStep(git, draft.dir) : null,
    files,
  };
}

async function readStep(git: TGit, dir: string): Promise<TSyncState['step']> {
  const read = async (name: string) =>
    readFile(await gitPath(git, dir, `rebase-merge/${name}`), 'utf8').then(
      (text) => text.trim(),
      () => '',
    );
  const [current, total, message] = await Promise.all([
    read('msgnum'),
    read('end'),
    read('message'),
  ]);
  if (!current || !total) return null;
  return { current: Number(current), total: Number(total), subject: message.split('\n')[0] ?? '' };
}
