// Commit to a new branch from the commit form, in a workspace of its own with a bare origin.
import { expect, test } from './fixtures';
import { addOriginWorkspace, CSRF, git, sampleOrigin } from './origin-workspace';

const WS = 'branch-ws';
const FILE = 'current/notification_channels.tf';
const FILE_URL = (branch: string) =>
  `/api/workspaces/${WS}/file?branch=${branch}&path=${encodeURIComponent(FILE)}`;

test('[git] commit to a new branch: bad names refused, then the commit lands there, the draft follows, and origin gets the branch', async ({
  page,
}) => {
  const { origin } = sampleOrigin(['current']);
  await addOriginWorkspace(page.request, WS, origin, ['current']);
  const mainBefore = git(origin, 'rev-parse', 'main').trim();
  const file = (await (await page.request.get(FILE_URL('main'))).json()) as {
    content: string;
    etag: string;
  };
  const edited = file.content.replace('"SecOps email"', '"SecOps e-mail"');
  expect(edited).not.toBe(file.content);
  expect(
    (
      await page.request.put(FILE_URL('main'), {
        headers: CSRF,
        data: { content: edited, baseEtag: file.etag },
      })
    ).status(),
  ).toBe(200);

  await page.goto(`/w/${WS}`);
  const form = page.getByRole('region', { name: 'Commit to main' });
  await form.getByRole('radio', { name: 'a new branch' }).check();
  await form.getByRole('textbox', { name: 'Commit message' }).fill('Rename the email channel');
  const name = form.getByRole('textbox', { name: 'New branch name' });

  // Option-like and malformed names are refused with a clear message; nothing is committed.
  for (const bad of ['--force', 'a..b']) {
    await name.fill(bad);
    const refused = page.waitForResponse(
      (r) => r.url().includes('/commits') && r.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Commit' }).click();
    expect((await refused).status()).toBe(400);
    await expect(form.getByRole('alert')).toContainText(`branch name "${bad}"`);
  }
  expect(git(origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads').trim()).toBe(
    'main',
  );

  await name.fill('rename-email');
  const committed = page.waitForResponse(
    (r) => r.url().includes('/commits') && r.request().method() === 'POST',
  );
  await form.getByRole('button', { name: 'Commit' }).click();
  const response = await committed;
  expect(response.status()).toBe(201);
  expect(await response.json()).toMatchObject({ branch: 'rename-email', push: 'pushed' });

  // The draft switched to the new branch.
  await expect(page).toHaveURL(/[?&]branch=rename-email/);
  await expect(page.getByRole('combobox', { name: 'Branch' })).toHaveValue('rename-email');
  await expect(page.getByRole('region', { name: 'Commit to rename-email' })).toContainText(
    'No changes in your draft.',
  );
  await expect(
    page.getByRole('list', { name: 'Commits' }).getByRole('listitem').first(),
  ).toContainText('Rename the email channel');
  // Origin has the new branch with the commit; main did not move; main's draft is clean again.
  expect(git(origin, 'log', '-1', '--format=%s|%P', 'rename-email').trim()).toBe(
    `Rename the email channel|${mainBefore}`,
  );
  expect(git(origin, 'show', `rename-email:${FILE}`)).toContain('"SecOps e-mail"');
  expect(git(origin, 'rev-parse', 'main').trim()).toBe(mainBefore);
  const main = (await (await page.request.get(FILE_URL('main'))).json()) as { content: string };
  expect(main.content).toBe(file.content);
});
