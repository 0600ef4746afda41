import { readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_ADMIN, type TActor } from '@/lib/auth/get-actor';
import { AppError } from '@/lib/errors/app-error';
import { commitDraft } from '@/lib/workspace/commit-draft';
import { computeEtag } from '@/lib/workspace/compute-etag';
import { discardDraftFile } from '@/lib/workspace/discard-draft-file';
import { listCommits } from '@/lib/workspace/list-commits';
import { listDraftFiles } from '@/lib/workspace/list-draft-files';
import { openDraft } from '@/lib/workspace/open-draft';
import { readDraftFile } from '@/lib/workspace/read-draft-file';
import { readHeadFile } from '@/lib/workspace/read-head-file';
import { writeDraftFile } from '@/lib/workspace/write-draft-file';
import { git, testWorkspace } from '../../helpers/test-repo';

const MAIN_TF =
  '# comment kept\nresource "sysdig_secure_list" "a" {\n  name  = "a"\n  items = ["x"]\n}\n';
const bob: TActor = {
  id: 'bob',
  username: 'bob',
  name: 'Bob Builder',
  email: 'bob@example.com',
  role: 'editor',
  isLocalDefault: false,
};

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe('[workspace] drafts are git worktrees per user and branch', () => {
  it('[workspace] opens a draft, edits, diffs against HEAD and commits with the actor as author', async () => {
    const { dataDir, workspaceId } = testWorkspace({ 'main.tf': MAIN_TF });
    const draft = await openDraft(dataDir, workspaceId, 'local', 'main');
    const file = await readDraftFile(draft, 'main.tf');
    expect(file.content).toBe(MAIN_TF);
    const edited = MAIN_TF.replace('["x"]', '["x", "y"]');
    const { etag } = await writeDraftFile(draft, 'main.tf', edited, file.etag);
    expect(etag).toBe(computeEtag(edited));
    expect(readFileSync(path.join(draft.dir, 'main.tf'), 'utf8')).toBe(edited);
    expect(await readHeadFile(draft, 'main.tf')).toBe(MAIN_TF);
    expect(await listDraftFiles(draft)).toEqual([{ path: 'main.tf', status: 'modified' }]);

    const { sha } = await commitDraft(draft, LOCAL_ADMIN, { message: 'Add y to list a' });
    const commits = await listCommits(draft);
    expect(commits[0]).toMatchObject({
      sha,
      subject: 'Add y to list a',
      authorName: LOCAL_ADMIN.name,
      authorEmail: LOCAL_ADMIN.email,
    });
    // The shared branch moved to the commit: the workspace repo sees it.
    expect(git(draft.repoDir, 'rev-parse', 'refs/heads/main').trim()).toBe(sha);
    expect(await listDraftFiles(draft)).toEqual([{ path: 'main.tf', status: 'unmodified' }]);
  });

  it('[workspace] a stale ETag gets a conflict and the file keeps the other save', async () => {
    const { dataDir, workspaceId } = testWorkspace({ 'main.tf': MAIN_TF });
    const draft = await openDraft(dataDir, workspaceId, 'local', 'main');
    const { etag } = await readDraftFile(draft, 'main.tf');
    await writeDraftFile(draft, 'main.tf', 'first\n', etag);
    const error = await expectAppError(
      writeDraftFile(draft, 'main.tf', 'second\n', etag),
      'CONFLICT',
    );
    expect(error.details).toEqual({ currentEtag: computeEtag('first\n') });
    expect(readFileSync(path.join(draft.dir, 'main.tf'), 'utf8')).toBe('first\n');
  });

  it('[workspace] two users never share a draft', async () => {
    const { dataDir, workspaceId } = testWorkspace({ 'main.tf': MAIN_TF });
    const mine = await openDraft(dataDir, workspaceId, 'local', 'main');
    const theirs = await openDraft(dataDir, workspaceId, 'bob', 'main');
    expect(mine.dir).not.toBe(theirs.dir);
    await writeDraftFile(theirs, 'main.tf', 'bob was here\n', computeEtag(MAIN_TF));
    expect((await readDraftFile(mine, 'main.tf')).content).toBe(MAIN_TF);
  });

  it('[workspace] commit is refused with "branch moved" when another draft committed first', async () => {
    const { dataDir, workspaceId } = testWorkspace({ 'main.tf': MAIN_TF });
    const mine = await openDraft(dataDir, workspaceId, 'local', 'main');
    const theirs = await openDraft(dataDir, workspaceId, 'bob', 'main');
    await writeDraftFile(theirs, 'other.tf', '# bob\n', 'absent');
    await commitDraft(theirs, bob, { message: 'Bob adds a file' });
    await writeDraftFile(mine, 'main.tf', '# mine\n', computeEtag(MAIN_TF));
    const error = await expectAppError(
      commitDraft(mine, LOCAL_ADMIN, { message: 'Mine' }),
      'CONFLICT',
    );
    expect(error.details).toMatchObject({ reason: 'branch-moved' });
    // Nothing was committed, the edit is still in the draft.
    expect((await listCommits(mine)).map((c) => c.subject)).toEqual(['initial']);
    expect(readFileSync(path.join(mine.dir, 'main.tf'), 'utf8')).toBe('# mine\n');
  });

  it('[workspace] commits only the chosen files; refuses an empty message and nothing to commit', async () => {
    const { dataDir, workspaceId } = testWorkspace({ 'main.tf': MAIN_TF, 'b.tf': '# b\n' });
    const draft = await openDraft(dataDir, workspaceId, 'local', 'main');
    await writeDraftFile(draft, 'main.tf', '# a2\n', computeEtag(MAIN_TF));
    await writeDraftFile(draft, 'b.tf', '# b2\n', computeEtag('# b\n'));
    await expectAppError(commitDraft(draft, LOCAL_ADMIN, { message: '   ' }), 'INVALID_INPUT');
    await commitDraft(draft, LOCAL_ADMIN, { message: 'only b', files: ['b.tf'] });
    expect(await listDraftFiles(draft)).toEqual([
      { path: 'b.tf', status: 'unmodified' },
      { path: 'main.tf', status: 'modified' },
    ]);
    await discardDraftFile(draft, 'main.tf');
    await expectAppError(commitDraft(draft, LOCAL_ADMIN, { message: 'nothing' }), 'INVALID_INPUT');
  });

  it('[workspace] discard restores a modified file and removes a new one', async () => {
    const { dataDir, workspaceId } = testWorkspace({ 'main.tf': MAIN_TF });
    const draft = await openDraft(dataDir, workspaceId, 'local', 'main');
    await writeDraftFile(draft, 'main.tf', 'changed\n', computeEtag(MAIN_TF));
    await writeDraftFile(draft, 'dir/new.tf', 'new\n', 'absent');
    expect(await listDraftFiles(draft)).toEqual([
      { path: 'dir/new.tf', status: 'added' },
      { path: 'main.tf', status: 'modified' },
    ]);
    await discardDraftFile(draft, 'main.tf');
    await discardDraftFile(draft, 'dir/new.tf');
    expect(readFileSync(path.join(draft.dir, 'main.tf'), 'utf8')).toBe(MAIN_TF);
    expect(existsSync(path.join(draft.dir, 'dir/new.tf'))).toBe(false);
  });

  it('[workspace] hostile paths and branch names are refused and touch nothing', async () => {
    const { dataDir, workspaceId } = testWorkspace({ 'main.tf': MAIN_TF });
    const draft = await openDraft(dataDir, workspaceId, 'local', 'main');
    const outside = path.join(dataDir, 'outside.txt');
    writeFileSync(outside, 'secret\n');
    symlinkSync(dataDir, path.join(draft.dir, 'escape'));
    for (const hostile of [
      '../outside.txt',
      '/etc/passwd',
      'a/../../x',
      '.git/config',
      'escape/outside.txt',
      'a\\b',
      'x\u0000y',
    ]) {
      await expectAppError(readDraftFile(draft, hostile), 'INVALID_INPUT');
      await expectAppError(writeDraftFile(draft, hostile, 'pwned', 'absent'), 'INVALID_INPUT');
    }
    expect(readFileSync(outside, 'utf8')).toBe('secret\n');
    for (const branch of ['--upload-pack=x', '-b', 'a..b', 'a b', 'x.lock', '../main']) {
      await expectAppError(openDraft(dataDir, workspaceId, 'local', branch), 'INVALID_INPUT');
    }
    await expectAppError(openDraft(dataDir, workspaceId, 'local', 'no-such-branch'), 'NOT_FOUND');
    await expectAppError(openDraft(dataDir, 'no-such-ws', 'local', 'main'), 'NOT_FOUND');
  });

  it('[workspace] reopening a draft keeps its uncommitted work', async () => {
    const { dataDir, workspaceId } = testWorkspace({ 'main.tf': MAIN_TF });
    const draft = await openDraft(dataDir, workspaceId, 'local', 'main');
    await writeDraftFile(draft, 'main.tf', 'kept\n', computeEtag(MAIN_TF));
    const again = await openDraft(dataDir, workspaceId, 'local', 'main');
    expect((await readDraftFile(again, 'main.tf')).content).toBe('kept\n');
  });
});
