import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Runs git in `cwd` with a fixed identity; returns stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      NODE_ENV: 'test',
    },
  });
}

/** A fresh temp directory. */
export function tempDir(prefix = 'rampart-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Makes a throw-away git repo (branch main, one commit) holding `files`; returns its path. */
export function testRepo(files: Record<string, string>): string {
  const dir = tempDir('rampart-repo-');
  git(dir, 'init', '--quiet', '--initial-branch=main');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '-m', 'initial');
  return dir;
}

/** Makes a data dir holding one workspace (`id`) cloned bare from a repo with `files`. */
export function testWorkspace(
  files: Record<string, string>,
  id = 'ws',
): { dataDir: string; workspaceId: string } {
  const source = testRepo(files);
  const dataDir = tempDir('rampart-data-');
  const workspaceDir = path.join(dataDir, 'workspaces', id);
  mkdirSync(workspaceDir, { recursive: true });
  git(workspaceDir, 'clone', '--bare', '--quiet', source, 'repo.git');
  writeFileSync(
    path.join(workspaceDir, 'workspace.json'),
    JSON.stringify({
      id,
      name: `Workspace ${id}`,
      description: '',
      defaultBranch: 'main',
      roots: [''],
      backend: { kind: 'local' },
      createdAt: new Date().toISOString(),
    }),
  );
  return { dataDir, workspaceId: id };
}
