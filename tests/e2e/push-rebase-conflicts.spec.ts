// Its own workspace ('conflict-ws') cloned from its own bare origin.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { CSRF, addOriginWorkspace, filesOrigin, git } from './origin-workspace';

const MAIN_TF = 'resource "sysdig_secure_list" "a" {\n  name  = "a"\n  items = ["x"]\n}\n';
const README = '# policies\n\nOwner: nobody.\n';

test('[git] origin moved with a conflicting change: pull with rebase shows conflicts per file, keep mine / edit, continue, push', async ({
  page,
  request,
}) => {
  const { root, origin } = filesOrigin({ 'main.tf': MAIN_TF, 'README.md': README });
  await addOriginWorkspace(request, 'conflict-ws', origin);

  // Someone else pushes changes to the same lines of both files.
  const other = path.join(root, 'other');
  git(root, 'clone', '--quiet', origin, other);
  writeFileSync(path.join(other, 'main.tf'), MAIN_TF.replace('["x"]', '["x", "theirs"]'));
  writeFileSync(path.join(other, 'README.md'), README.replace('nobody', 'SecOps'));
  git(other, 'commit', '--quiet', '-am', 'Their change');
  git(other, 'push', '--quiet', 'origin', 'main');

  // Meanwhile I change them too, in my draft, and commit.
  for (const [file, text] of [
    ['main.tf', MAIN_TF.replace('["x"]', '["x", "mine"]')],
    ['README.md', README.replace('nobody', 'me')],
  ] as const) {
    const current = (await (
      await request.get(`/api/workspaces/conflict-ws/file?branch=main&path=${file}`)
    ).json()) as { etag: string };
    const saved = await request.put(`/api/workspaces/conflict-ws/file?branch=main&path=${file}`, {
      headers: CSRF,
      data: { content: text, baseEtag: current.etag },
    });
    expect(saved.status()).toBe(200);
  }
  await page.goto('/w/conflict-ws');
  await page.getByRole('textbox', { name: 'Commit message' }).fill('My change');
  await page.getByRole('button', { name: 'Commit' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'moved on origin' })).toBeVisible();

  const synced = page.waitForResponse(
    (r) => r.url().includes('/sync?') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Pull with rebase' }).click();
  expect((await synced).status()).toBe(200);
  const view = page.getByRole('region', { name: 'Pull with rebase: conflicts' });
  await expect(view).toContainText('Replaying your commit 1 of 1 (“My change”) onto main.');
  await expect(view.getByRole('article')).toHaveCount(2);

  // The state comes from git: it is still there after a reload.
  await page.reload();
  await expect(view.getByRole('article')).toHaveCount(2);
  const readme = view.getByRole('article', { name: 'Conflict in README.md' });
  const mainTf = view.getByRole('article', { name: 'Conflict in main.tf' });
  await expect(view.getByRole('button', { name: 'Continue' })).toBeDisabled();

  await readme.getByRole('button', { name: 'Keep mine' }).click();
  await expect(readme).toHaveCount(0);

  await mainTf.getByRole('button', { name: 'Edit' }).click();
  const text = mainTf.getByRole('textbox', { name: 'Resolved main.tf' });
  await expect(text).toHaveValue(/<<<<<<< /);
  // Markers left in: refused, saying where.
  await mainTf.getByRole('button', { name: 'Use this text' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'conflict marker' })).toContainText(
    'main.tf:',
  );
  // Unparsable HCL: refused too.
  await text.fill(MAIN_TF.replace('["x"]', '["x", "theirs", "mine"'));
  await mainTf.getByRole('button', { name: 'Use this text' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /main\.tf:\d+:\d+/ })).toBeVisible();
  await text.fill(MAIN_TF.replace('["x"]', '["x", "theirs", "mine"]'));
  await mainTf.getByRole('button', { name: 'Use this text' }).click();
  await expect(view.getByRole('article')).toHaveCount(0);

  const continued = page.waitForResponse((r) => r.url().includes('/sync/continue'));
  await view.getByRole('button', { name: 'Continue' }).click();
  expect((await continued).status()).toBe(200);
  await expect(
    page.getByRole('status').filter({ hasText: 'Pull with rebase complete' }),
  ).toHaveText('Pull with rebase complete: rebased and pushed.');

  // Origin has both changes, as resolved, on top of theirs.
  expect(git(origin, 'log', '--format=%s', 'main').trim().split('\n')).toEqual([
    'My change',
    'Their change',
    'initial',
  ]);
  expect(git(origin, 'show', 'main:main.tf')).toBe(
    MAIN_TF.replace('["x"]', '["x", "theirs", "mine"]'),
  );
  expect(git(origin, 'show', 'main:README.md')).toBe(README.replace('nobody', 'me'));
});
