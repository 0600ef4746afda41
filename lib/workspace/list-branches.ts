import 'server-only';
import { createGit } from '../git/create-git.ts';

/** The shared branches of a workspace repo (drafts' own branches are not listed). */
export async function listBranches(repoDir: string): Promise<string[]> {
  const output = await createGit(repoDir).raw([
    'for-each-ref',
    '--format=%(refname:short)',
    'refs/heads/',
  ]);
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((name) => name && !name.startsWith('rampart/drafts/'))
    .sort();
}
