import 'server-only';
import { createGit } from '../git/create-git.ts';
import type { TDraft } from './draft.ts';

/** The commit sha the draft's working copy is based on. */
export async function readDraftHead(draft: TDraft): Promise<string> {
  return (await createGit(draft.dir).revparse(['HEAD'])).trim();
}
