import 'server-only';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { ZRepoPath } from './repo-path.ts';

/**
 * Resolves a user-given repo path to an absolute path inside `worktree`, following symlinks of
 * every existing ancestor and refusing anything that lands outside. Throws AppError('INVALID_INPUT').
 */
export async function resolveInWorktree(worktree: string, repoPath: string): Promise<string> {
  const parsed = ZRepoPath.safeParse(repoPath);
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', {
      message: `invalid path "${repoPath}": ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      invalidParams: [{ name: 'path', reason: parsed.error.issues[0]?.message ?? 'invalid' }],
    });
  }
  const root = await realpath(worktree);
  const target = path.join(root, parsed.data);
  // Walk up to the deepest existing ancestor and check where it really is.
  let existing = target;
  let rest = '';
  for (;;) {
    try {
      const real = await realpath(existing);
      const resolved = rest ? path.join(real, rest) : real;
      if (resolved !== root && !resolved.startsWith(root + path.sep)) break;
      return resolved;
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) break;
      rest = rest ? path.join(path.basename(existing), rest) : path.basename(existing);
      existing = parent;
    }
  }
  throw new AppError('INVALID_INPUT', {
    message: `path "${repoPath}" resolves outside the repository`,
    userMessage: `The path "${repoPath}" leads outside the repository (through a symbolic link); choose a file inside it.`,
    invalidParams: [{ name: 'path', reason: 'resolves outside the repository' }],
  });
}
