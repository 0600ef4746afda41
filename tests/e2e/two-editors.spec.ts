import path from 'node:path';
import type { Page } from '@playwright/test';
import { startAccountsServer, signIn, type TAccountsServer } from './accounts-server';
import { expect, test } from './fixtures';
import { folderRepo } from './shared-fixture-repo';

const POLICY = 'sysdig_secure_custom_policy.production_shells';

async function openForm(page: Page, url: string) {
  await page.goto(url);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Resources' })
    .click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(POLICY);
  const loaded = page.waitForResponse(
    (r) => r.url().includes('/resource?') && r.request().method() === 'GET',
  );
  await page
    .getByRole('row')
    .filter({ hasText: POLICY })
    .getByRole('button', { name: 'Form', exact: true })
    .click();
  expect((await loaded).status()).toBe(200);
  await expect(page.getByRole('heading', { name: POLICY })).toBeVisible();
}

async function save(page: Page): Promise<number> {
  const saved = page.waitForResponse(
    (r) => r.url().includes('/resource?') && r.request().method() === 'PUT',
  );
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  return (await saved).status();
}

async function fileOf(page: Page, base: string, workspace: string, branch: string) {
  const response = await page.request.get(
    `${base}/api/workspaces/${workspace}/file?${new URLSearchParams({ branch, path: 'current/policies.tf' })}`,
  );
  expect(response.status()).toBe(200);
  return ((await response.json()) as { content: string }).content;
}

test('[forms] one person in two tabs: the second save gets the conflict view; keeping it as a new branch loses nothing', async ({
  browser,
  request,
  baseURL,
}) => {
  const created = await request.post('/api/workspaces', {
    headers: { 'x-rampart-request': '1' },
    data: {
      name: 'Conflicts',
      id: 'conflicts',
      source: folderRepo(path.resolve('lib/workspace/sample')),
    },
  });
  expect([201, 409]).toContain(created.status());
  const first = await (await browser.newContext({ baseURL })).newPage();
  const second = await (await browser.newContext({ baseURL })).newPage();
  await openForm(first, '/w/conflicts');
  await openForm(second, '/w/conflicts');

  await first.getByRole('spinbutton', { name: 'Severity' }).fill('5');
  expect(await save(first)).toBe(200);

  await second
    .getByRole('textbox', { name: 'Description' })
    .fill('Shells, kept by the second tab.');
  expect(await save(second)).toBe(409);
  const conflict = second
    .getByRole('alert')
    .filter({ hasText: 'changed since this form was opened' });
  await expect(conflict).toContainText('description');
  const keep = conflict.getByRole('form', { name: 'Keep mine as a new branch' });
  await keep.getByRole('textbox', { name: 'New branch' }).fill('second-tab');
  const kept = second.waitForResponse(
    (r) =>
      r.url().includes('/resource?') &&
      r.url().includes('branch=second-tab') &&
      r.request().method() === 'PUT',
  );
  await keep.getByRole('button', { name: 'Keep mine as a new branch' }).click();
  expect((await kept).status()).toBe(200);
  await expect(second).toHaveURL(/\?branch=second-tab$/);
  await expect(second.getByRole('textbox', { name: 'Description' })).toHaveValue(
    'Shells, kept by the second tab.',
  );

  // Nothing lost, nothing mixed: main's draft has the first tab's save only, the new branch's
  // draft the second tab's only.
  const base = '';
  const main = await fileOf(first, base, 'conflicts', 'main');
  expect(main).toMatch(/^ {2}severity {4}= 5$/m);
  expect(main).not.toContain('kept by the second tab');
  const mine = await fileOf(second, base, 'conflicts', 'second-tab');
  expect(mine).toContain('description = "Shells, kept by the second tab."');
  expect(mine).toMatch(/^ {2}severity {4}= 2$/m);
});

test.describe('two people', () => {
  let server: TAccountsServer;
  test.beforeAll(async () => {
    server = await startAccountsServer({ alice: 'editor', bob: 'editor' });
  });
  test.afterAll(() => server?.stop());

  test("[forms] two people edit the same resource: each saves into their own draft, and neither sees the other's edit", async ({
    browser,
  }) => {
    const alice = await (await browser.newContext()).newPage();
    const bob = await (await browser.newContext()).newPage();
    await signIn(alice, server.baseURL, 'alice');
    await signIn(bob, server.baseURL, 'bob');
    await openForm(alice, `${server.baseURL}/w/sample`);
    await openForm(bob, `${server.baseURL}/w/sample`);

    await alice.getByRole('spinbutton', { name: 'Severity' }).fill('5');
    expect(await save(alice)).toBe(200);
    await bob.getByRole('spinbutton', { name: 'Severity' }).fill('6');
    expect(await save(bob)).toBe(200);

    const aliceFile = await fileOf(alice, server.baseURL, 'sample', 'main');
    const bobFile = await fileOf(bob, server.baseURL, 'sample', 'main');
    expect(aliceFile).toMatch(/^ {2}severity {4}= 5$/m);
    expect(bobFile).toMatch(/^ {2}severity {4}= 6$/m);
    // Reopened, each form shows its owner's value.
    await openForm(alice, `${server.baseURL}/w/sample`);
    await expect(alice.getByRole('spinbutton', { name: 'Severity' })).toHaveValue('5');
    await openForm(bob, `${server.baseURL}/w/sample`);
    await expect(bob.getByRole('spinbutton', { name: 'Severity' })).toHaveValue('6');
  });
});
