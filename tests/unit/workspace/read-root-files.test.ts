import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TDraft } from '@/lib/workspace/draft';
import { readRootFiles } from '@/lib/workspace/read-root-files';
import { testRepo } from '../../helpers/test-repo';

function draftOf(dir: string): TDraft {
  return {
    workspaceId: 'ws',
    userId: 'u',
    branch: 'main',
    draftBranch: 'rampart/drafts/u/main',
    dir,
    repoDir: dir,
  };
}

const summary = (files: Array<{ path: string; text: string }>) =>
  files.map((f) => `${f.path}=${f.text}`);

describe('[workspace] readRootFiles: a root module’s files, reading only what changed', () => {
  it('[workspace] lists module files of the folder only, without ignored ones, and follows every change', async () => {
    const dir = testRepo({
      '.gitignore': 'mod/secret.auto.tfvars\n',
      'mod/a.tf': 'a = 1\n',
      'mod/b.tfvars': 'b = 1\n',
      'mod/rules.yaml': '- list: l\n  items: []\n',
      'mod/README.md': 'not a module file',
      'mod/sub/c.tf': 'nested',
      'top.tf': 'top',
    });
    writeFileSync(path.join(dir, 'mod/secret.auto.tfvars'), 'token = "x"\n');
    const draft = draftOf(dir);
    expect(summary(await readRootFiles(draft, 'mod'))).toEqual([
      'mod/a.tf=a = 1\n',
      'mod/b.tfvars=b = 1\n',
      'mod/rules.yaml=- list: l\n  items: []\n',
    ]);
    expect(summary(await readRootFiles(draft, ''))).toEqual(['top.tf=top']);

    // Same size, same folder entries: the new content is still seen.
    writeFileSync(path.join(dir, 'mod/a.tf'), 'a = 2\n');
    // A new file, a removed file, and a new ignored file.
    writeFileSync(path.join(dir, 'mod/d.tf'), 'd = 1\n');
    rmSync(path.join(dir, 'mod/b.tfvars'));
    expect(summary(await readRootFiles(draft, 'mod'))).toEqual([
      'mod/a.tf=a = 2\n',
      'mod/d.tf=d = 1\n',
      'mod/rules.yaml=- list: l\n  items: []\n',
    ]);

    // Unchanged: the same answer again.
    expect(summary(await readRootFiles(draft, 'mod'))).toEqual([
      'mod/a.tf=a = 2\n',
      'mod/d.tf=d = 1\n',
      'mod/rules.yaml=- list: l\n  items: []\n',
    ]);

    // A changed .gitignore changes the file set.
    writeFileSync(path.join(dir, '.gitignore'), 'mod/secret.auto.tfvars\nmod/d.tf\n');
    expect(summary(await readRootFiles(draft, 'mod')).map((f) => f.split('=')[0])).toEqual([
      'mod/a.tf',
      'mod/rules.yaml',
    ]);
  });

  it('[workspace] a nested root follows ignore files above it; a file that could not be read is read again', async () => {
    const dir = testRepo({ 'envs/prod/a.tf': 'a = 1\n' });
    const draft = draftOf(dir);
    // A new, untracked file.
    writeFileSync(path.join(dir, 'envs/prod/b.tf'), 'b = 1\n');
    expect(summary(await readRootFiles(draft, 'envs/prod'))).toEqual([
      'envs/prod/a.tf=a = 1\n',
      'envs/prod/b.tf=b = 1\n',
    ]);
    // An ignore file two folders up hides b.tf.
    writeFileSync(path.join(dir, 'envs/.gitignore'), 'prod/b.tf\n');
    expect(summary(await readRootFiles(draft, 'envs/prod'))).toEqual(['envs/prod/a.tf=a = 1\n']);
    // a.tf cannot be read for a moment (a directory where the file was), same folder entries.
    rmSync(path.join(dir, 'envs/prod/a.tf'));
    mkdirSync(path.join(dir, 'envs/prod/a.tf'));
    expect(summary(await readRootFiles(draft, 'envs/prod'))).toEqual([]);
    rmSync(path.join(dir, 'envs/prod/a.tf'), { recursive: true });
    writeFileSync(path.join(dir, 'envs/prod/a.tf'), 'a = 2\n');
    expect(summary(await readRootFiles(draft, 'envs/prod'))).toEqual(['envs/prod/a.tf=a = 2\n']);
    // Rewritten at once with the same size: still seen.
    writeFileSync(path.join(dir, 'envs/prod/a.tf'), 'a = 3\n');
    expect(summary(await readRootFiles(draft, 'envs/prod'))).toEqual(['envs/prod/a.tf=a = 3\n']);
  });
});
