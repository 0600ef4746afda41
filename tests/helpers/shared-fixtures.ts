import path from 'node:path';

/**
 * Path of a file in the read-only `shared/` folder beside the project (CI has it too). Tests
 * read shared fixtures in place; they are never copied into the repo.
 */
export function sharedPath(...parts: string[]): string {
  return path.resolve(process.cwd(), '..', 'shared', ...parts);
}
