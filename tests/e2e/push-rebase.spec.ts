import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Other',
  GIT_AUTHOR_EMAIL: 'o@e',
  GIT_COMMITTER_NAME: 'Other',
  GIT_COMMITTER_EMAIL: 'o@e',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env, encoding: 'utf8' });
const CSRF = { 'x-rampart-request': '1' };

test('[git] commit pushes to origin; when origin moved the push is refused and pull-with-rebase ends with both changes', async ({
  page,
  request,
}) => {
  const root = mkdtempSync(path.join(tmpdir(), 'rampart-origin-'));
  const seed = path.join(root, 'seed');
  execFileSync('mkdir', ['-p', seed]);
  writeFileSync(
    path.join(seed, 'main.tf'),
    'resource "sysdig_secure_list" "a" {\n  name  = "a"\n  items = ["x"]\n}\n',
  );
  writeFileSync(path.join(seed, 'README.md'), '# policies\n');
  git(seed, 'init', '--quiet', '--initial-branch=main');
  git(seed, 'add', '--all');
  git(seed, 'commit', '--quiet', '-m', 'initial');
  const origin = path.join(root, 'origin.git');
  git(root, 'clone', '--bare', '--quiet', seed, origin);
  const created = await request.post('/api/workspaces', {
    headers: CSRF,
    data: { name: 'Remote', id: 'remote-ws', source: `file://${origin}` },
  });
  expect(created.status()).toBe(201);

  const save = async (file: string, edit: (text: string) => string) => {
    const current = (await (
      await request.get(`/api/workspaces/remote-ws/file?branch=main&path=${file}`)
    ).json()) as { content: string; etag: string };
    expect(
      (
        await request.put(`/api/workspaces/remote-ws/file?branch=main&path=${file}`, {
          headers: CSRF,
          data: { content: edit(current.content), baseEtag: current.etag },
        })
      ).status(),
    ).toBe(200);
  };
  const commitInUi = async (message: string) => {
    await page.goto('/w/remote-ws');
    await page.getByRole('textbox', { name: 'Commit message' }).fill(message);
    const done = page.waitForResponse(
      (r) => r.url().includes('/commits') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Commit' }).click();
    expect((await done).status()).toBe(201);
  };

  await save('main.tf', (t) => t.replace('["x"]', '["x", "y"]'));
  await commitInUi('Add y');
  await expect(
    page.getByRole('status').filter({ hasText: 'Committed and pushed to origin.' }),
  ).toBeVisible();
  expect(git(origin, 'log', '-1', '--format=%s', 'main').trim()).toBe('Add y');

  // Someone else pushes to origin.
  const other = path.join(root, 'other');
  git(root, 'clone', '--quiet', origin, other);
  writeFileSync(path.join(other, 'README.md'), '# policies\n\nOwned by SecOps.\n');
  git(other, 'commit', '--quiet', '-am', 'Their README');
  git(other, 'push', '--quiet', 'origin', 'main');

  await save('main.tf', (t) => t.replace('["x", "y"]', '["x", "y", "z"]'));
  await commitInUi('Add z');
  await expect(page.getByRole('alert').filter({ hasText: 'moved on origin' })).toBeVisible();
  expect(git(origin, 'log', '-1', '--format=%s', 'main').trim()).toBe('Their README');
  const synced = page.waitForResponse((r) => r.url().includes('/sync'));
  await page.getByRole('button', { name: 'Pull with rebase' }).click();
  expect((await synced).status()).toBe(200);
  await expect(page.getByRole('status').filter({ hasText: 'Rebased and pushed.' })).toBeVisible();
  expect(git(origin, 'log', '--format=%s', 'main').trim().split('\n').slice(0, 3)).toEqual([
    'Add z',
    'Their README',
    'Add y',
  ]);
  expect(git(origin, 'show', 'main:README.md')).toContain('Owned by SecOps.');
  expect(git(origin, 'show', 'main:main.tf')).toContain('["x", "y", "z"]');
});
