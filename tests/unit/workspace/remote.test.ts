import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_ADMIN } from '@/lib/auth/get-actor';
import { AppError } from '@/lib/errors/app-error';
import { ZCloneSource } from '@/lib/git/parse-clone-source';
import { commitRequestDraft } from '@/lib/workspace/commit-request-draft';
import { computeEtag } from '@/lib/workspace/compute-etag';
import { createBranch } from '@/lib/workspace/create-branch';
import { listBranches } from '@/lib/workspace/list-branches';
import { openDraft } from '@/lib/workspace/open-draft';
import { syncDraft } from '@/lib/workspace/sync-draft';
import { writeDraftFile } from '@/lib/workspace/write-draft-file';
import { git, tempDir } from '../../helpers/test-repo';
import { workspaceWithOrigin as sharedWorkspaceWithOrigin } from '../../helpers/workspace-with-origin';

const MAIN_TF = 'resource "sysdig_secure_list" "a" {\n  name  = "a"\n  items = ["x"]\n}\n';
const workspaceWithOrigin = () =>
  sharedWorkspaceWithOrigin({ 'policies/main.tf': MAIN_TF, 'README.md': '# repo\n' });

describe('[git] workspaces from a Git URL, push and pull-with-rebase', () => {
  it('[git] clones from file:// with the default branch and root modules detected', async () => {
    const { config, dataDir } = await workspaceWithOrigin();
    expect(config).toMatchObject({ id: 'ws', defaultBranch: 'main', roots: ['policies'] });
    expect(await listBranches(path.join(dataDir, 'workspaces', 'ws', 'repo.git'))).toEqual([
      'main',
    ]);
  });

  it('[git] a commit is pushed to origin with the actor as author', async () => {
    const { dataDir, origin } = await workspaceWithOrigin();
    const draft = await openDraft(dataDir, 'ws', 'local', 'main');
    await writeDraftFile(
      draft,
      'policies/main.tf',
      MAIN_TF.replace('"x"', '"x", "y"'),
      computeEtag(MAIN_TF),
    );
    const outcome = await commitRequestDraft('ws', 'main', LOCAL_ADMIN, { message: 'Add y' });
    expect(outcome.push).toBe('pushed');
    expect(git(origin, 'rev-parse', 'main').trim()).toBe(outcome.sha);
    expect(git(origin, 'log', '-1', '--format=%an <%ae>', 'main').trim()).toBe(
      `${LOCAL_ADMIN.name} <${LOCAL_ADMIN.email}>`,
    );
  });

  it('[git] when origin moved, the push is refused (nothing overwritten) and pull-with-rebase ends with both changes', async () => {
    const { dataDir, origin } = await workspaceWithOrigin();
    // Someone pushes to origin directly.
    const other = path.join(tempDir(), 'other');
    git(path.dirname(other), 'clone', '--quiet', origin, other);
    git(other, 'config', 'user.name', 'Other');
    git(other, 'config', 'user.email', 'other@example.com');
    const theirs = readFileSync(path.join(other, 'README.md'), 'utf8') + 'their line\n';
    (await import('node:fs')).writeFileSync(path.join(other, 'README.md'), theirs);
    git(other, 'commit', '--quiet', '-am', 'Their change');
    git(other, 'push', '--quiet', 'origin', 'main');
    const theirSha = git(origin, 'rev-parse', 'main').trim();

    const draft = await openDraft(dataDir, 'ws', 'local', 'main');
    const mine = MAIN_TF.replace('"x"', '"x", "mine"');
    await writeDraftFile(draft, 'policies/main.tf', mine, computeEtag(MAIN_TF));
    const outcome = await commitRequestDraft('ws', 'main', LOCAL_ADMIN, { message: 'My change' });
    expect(outcome.push).toBe('rejected');
    expect(outcome.pushMessage).toContain('Pull with rebase');
    expect(git(origin, 'rev-parse', 'main').trim()).toBe(theirSha);

    const synced = await syncDraft(draft);
    if (synced.status !== 'done') throw new Error('expected the sync to complete');
    expect(synced.isPushed).toBe(true);
    expect(git(origin, 'rev-parse', 'main').trim()).toBe(synced.head);
    expect(git(origin, 'show', 'main:README.md')).toBe(theirs);
    expect(git(origin, 'show', 'main:policies/main.tf')).toBe(mine);
    expect(git(origin, 'log', '--format=%s', 'main').trim().split('\n').slice(0, 2)).toEqual([
      'My change',
      'Their change',
    ]);
  });

  it('[git] a branch can be created from another; bad or reserved names are refused', async () => {
    const { dataDir } = await workspaceWithOrigin();
    const repo = path.join(dataDir, 'workspaces', 'ws', 'repo.git');
    await createBranch(repo, 'feature/tighten', 'main');
    expect(await listBranches(repo)).toEqual(['feature/tighten', 'main']);
    for (const name of ['--force', 'rampart/drafts/x', 'a..b', 'feature/tighten']) {
      await expect(createBranch(repo, name, 'main')).rejects.toBeInstanceOf(AppError);
    }
  });

  it.each([
    ['ext::sh%20-c%20touch%20%2Ftmp%2Fpwned', 'transport helpers such as ext:: are not allowed'],
    ['--upload-pack=touch /tmp/pwned', 'must not contain spaces or control characters'],
    ['-uhttps://x', 'must not start with "-"'],
    ['http://example.com/repo.git', 'scheme http: is not allowed'],
    ['https://user:secret@example.com/repo.git', 'must not embed a password'],
    ['fd::17', 'transport helpers such as ext:: are not allowed'],
    ['/srv/../etc', 'must not contain ".."'],
    ['file:///srv/../etc', 'must not contain ".."'],
    ['javascript:alert(1)', 'scheme javascript: is not allowed'],
  ])('[git] clone source %s is refused: %s', (input, reason) => {
    const result = ZCloneSource.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(reason);
  });

  it.each([
    'https://github.com/org/repo.git',
    'ssh://git@example.com/org/repo.git',
    'git@github.com:org/repo.git',
    'file:///srv/repo.git',
    '/srv/repos/sec',
  ])('[git] clone source %s is accepted', (input) =>
    expect(ZCloneSource.safeParse(input).success).toBe(true),
  );
});
