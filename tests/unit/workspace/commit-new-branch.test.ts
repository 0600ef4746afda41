import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TActor } from '@/lib/auth/get-actor';
import { AppError } from '@/lib/errors/app-error';
import { checkNewBranchName } from '@/lib/workspace/check-new-branch-name';
import { commitRequestDraft } from '@/lib/workspace/commit-request-draft';
import { computeEtag } from '@/lib/workspace/compute-etag';
import { listDraftFiles } from '@/lib/workspace/list-draft-files';
import { openDraft } from '@/lib/workspace/open-draft';
import { writeDraftFile } from '@/lib/workspace/write-draft-file';
import { git } from '../../helpers/test-repo';
import { workspaceWithOrigin as sharedWorkspaceWithOrigin } from '../../helpers/workspace-with-origin';

const MAIN_TF = 'resource "sysdig_secure_list" "a" {\n  name  = "a"\n  items = ["x"]\n}\n';
const bob: TActor = {
  id: 'bob',
  username: 'bob',
  name: 'Bob',
  email: 'bob@example.com',
  role: 'editor',
  isLocalDefault: false,
};

const workspaceWithOrigin = () =>
  sharedWorkspaceWithOrigin({ 'policies/main.tf': MAIN_TF, 'README.md': '# repo\n' });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe('[git] commit to a new branch', () => {
  it('[git] the commit lands on the new branch, is pushed (creating it on origin), and leaves the old draft with only the unchosen changes', async () => {
    const { dataDir, origin } = await workspaceWithOrigin();
    const draft = await openDraft(dataDir, 'ws', bob.id, 'main');
    await writeDraftFile(
      draft,
      'policies/main.tf',
      MAIN_TF.replace('"x"', '"x", "y"'),
      computeEtag(MAIN_TF),
    );
    await writeDraftFile(draft, 'README.md', '# repo\n\nmine\n', computeEtag('# repo\n'));
    await writeDraftFile(draft, 'policies/new.tf', '# new\n', 'absent');
    const mainBefore = git(origin, 'rev-parse', 'main').trim();

    const outcome = await commitRequestDraft('ws', 'main', bob, {
      message: 'Add y on a branch',
      files: ['policies/main.tf', 'policies/new.tf'],
      newBranch: 'feature/add-y',
    });
    expect(outcome).toMatchObject({ branch: 'feature/add-y', push: 'pushed' });
    expect(git(origin, 'log', '-1', '--format=%s|%an|%P', 'feature/add-y').trim()).toBe(
      `Add y on a branch|Bob|${mainBefore}`,
    );
    expect(git(origin, 'show', 'feature/add-y:policies/main.tf')).toContain('"x", "y"');
    expect(git(origin, 'show', 'feature/add-y:policies/new.tf')).toBe('# new\n');
    expect(git(origin, 'show', 'feature/add-y:README.md')).toBe('# repo\n');
    // main did not move, here or on origin.
    expect(git(origin, 'rev-parse', 'main').trim()).toBe(mainBefore);
    expect(git(draft.repoDir, 'rev-parse', 'refs/heads/main').trim()).toBe(mainBefore);

    // The new branch's draft is clean; the old draft keeps only the unchosen change.
    const moved = await openDraft(dataDir, 'ws', bob.id, 'feature/add-y');
    expect((await listDraftFiles(moved)).filter((f) => f.status !== 'unmodified')).toEqual([]);
    expect(readFileSync(path.join(moved.dir, 'policies/main.tf'), 'utf8')).toContain('"x", "y"');
    expect((await listDraftFiles(draft)).filter((f) => f.status !== 'unmodified')).toEqual([
      { path: 'README.md', status: 'modified' },
    ]);
    expect(readFileSync(path.join(draft.dir, 'policies/main.tf'), 'utf8')).toBe(MAIN_TF);
    expect(existsSync(path.join(draft.dir, 'policies/new.tf'))).toBe(false);
  });

  it('[git] refuses bad, option-like, reserved and existing names, and then changes nothing', async () => {
    const { dataDir, repoDir } = await workspaceWithOrigin();
    for (const name of [
      '-f',
      '--force',
      'a..b',
      'a b',
      'x.lock',
      'a/',
      '.hidden',
      'HEAD',
      'rampart/drafts/x',
      'a@{1}',
      'a~1',
      'a:b',
      'trailing.',
    ])
      expect(await codeOf(checkNewBranchName(repoDir, name)), name).toBe('INVALID_INPUT');
    expect(await codeOf(checkNewBranchName(repoDir, 'main'))).toBe('CONFLICT');
    await expect(checkNewBranchName(repoDir, 'feature/ok-1.2')).resolves.toBeUndefined();

    const draft = await openDraft(dataDir, 'ws', bob.id, 'main');
    await writeDraftFile(draft, 'README.md', '# repo\n\nmine\n', computeEtag('# repo\n'));
    const refused = commitRequestDraft('ws', 'main', bob, { message: 'm', newBranch: '--orphan' });
    expect(await codeOf(refused)).toBe('INVALID_INPUT');
    expect(
      git(repoDir, 'branch', '--list')
        .trim()
        .split('\n')
        .map((b) => b.replace(/^[*+ ]+/, ''))
        .sort(),
    ).toEqual(['main', 'rampart/drafts/bob/main']);
    expect((await listDraftFiles(draft)).filter((f) => f.status !== 'unmodified')).toEqual([
      { path: 'README.md', status: 'modified' },
    ]);
  });
});
