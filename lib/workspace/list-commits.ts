import 'server-only';
import { createGit } from '../git/create-git.ts';
import type { TDraft } from './draft.ts';

/** One commit of a branch's history. */
export interface TCommitSummary {
  sha: string;
  subject: string;
  authorName: string;
  authorEmail: string;
  date: string;
}

/** The newest `limit` commits of the draft's HEAD, newest first. */
export async function listCommits(draft: TDraft, limit = 100): Promise<TCommitSummary[]> {
  const separator = '\u001f';
  const output = await createGit(draft.dir).raw([
    'log',
    `--max-count=${Math.max(1, Math.min(1000, Math.floor(limit)))}`,
    `--format=%H${separator}%an${separator}%ae${separator}%aI${separator}%s`,
    'HEAD',
    '--',
  ]);
  return output
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha = '', authorName = '', authorEmail = '', date = '', ...subject] =
        line.split(separator);
      return { sha, authorName, authorEmail, date, subject: subject.join(separator) };
    });
}
