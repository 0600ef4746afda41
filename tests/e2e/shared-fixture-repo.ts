import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A throw-away git repo (branch main, one commit) holding a folder of `../shared/fixtures/`
 * exactly as published, e.g. `seed-2018/demo`: a source to add as a workspace.
 */
export function sharedFixtureRepo(fixture: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rampart-fixture-'));
  cpSync(path.resolve('..', 'shared', 'fixtures', fixture), dir, { recursive: true });
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'T',
    GIT_AUTHOR_EMAIL: 't@e',
    GIT_COMMITTER_NAME: 'T',
    GIT_COMMITTER_EMAIL: 't@e',
  };
  for (const args of [
    ['init', '--quiet', '--initial-branch=main'],
    ['add', '--all'],
    ['commit', '--quiet', '-m', fixture],
  ]) {
    execFileSync('git', args, { cwd: dir, env });
  }
  return dir;
}
