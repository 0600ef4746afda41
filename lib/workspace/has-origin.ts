import 'server-only';
import { createGit } from '../git/create-git.ts';

/** True when the workspace repo has an `origin` remote to push to. */
export async function hasOrigin(repoDir: string): Promise<boolean> {
  const remotes = await createGit(repoDir).raw(['remote']);
  return remotes.split('\n').some((name) => name.trim() === 'origin');
}
