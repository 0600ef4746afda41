import 'server-only';
import { createGit } from '../git/create-git.ts';
import type { TDraft } from './draft.ts';

/** How a draft file differs from the draft's HEAD. */
export type TFileStatus = 'unmodified' | 'modified' | 'added' | 'deleted';

/** One file of a draft. */
export interface TDraftFile {
  path: string;
  status: TFileStatus;
}

/**
 * Every file of the draft (tracked and new, ignored ones excluded) with its status against HEAD,
 * sorted by path. Deleted files are listed too, so they can be reviewed and restored.
 */
export async function listDraftFiles(draft: TDraft): Promise<TDraftFile[]> {
  const git = createGit(draft.dir);
  const [listing, status] = await Promise.all([
    git.raw(['ls-files', '-z', '--cached', '--others', '--exclude-standard']),
    git.raw(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames']),
  ]);
  const statusByPath = new Map<string, TFileStatus>();
  for (const entry of status.split('\0')) {
    if (entry.length < 4) continue;
    const code = entry.slice(0, 2);
    const filePath = entry.slice(3);
    statusByPath.set(
      filePath,
      code === '??' || code.includes('A') ? 'added' : code.includes('D') ? 'deleted' : 'modified',
    );
  }
  const paths = new Set(listing.split('\0').filter(Boolean));
  for (const filePath of statusByPath.keys()) paths.add(filePath);
  return [...paths]
    .sort((a, b) => a.localeCompare(b))
    .map((filePath) => ({ path: filePath, status: statusByPath.get(filePath) ?? 'unmodified' }));
}
