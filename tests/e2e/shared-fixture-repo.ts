import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A throw-away git repo (branch main, one commit) holding a folder of `../shared/fixtures/`
 * exactly as published, e.g. `seed-2018/demo`: a source to add as a workspace.
 */
export function sharedFixtureRepo(fixture: string): string {
  return folderRepo(path.resolve('..', 'shared', 'fixtures', fixture), fixture);
}

/**
 * A throw-away git repo (branch main, one commit) holding a copy of `folder` (e.g. the sample
 * workspace `lib/workspace/sample`), so a spec can edit it without touching other specs' state.
 */
export function folderRepo(folder: string, message = 'initial'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rampart-fixture-'));
  cpSync(folder, dir, { recursive: true });
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
    ['commit', '--quiet', '-m', message],
  ]) {
    execFileSync('git', args, { cwd: dir, env });
  }
  return dir;
}
