import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FILE = 'current/policies.tf';

async function openSampleFile(page: Page, file: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Workspaces' })).toBeVisible();
  await page.getByRole('link', { name: 'Sample workspace' }).click();
  const files = page.getByRole('navigation', { name: 'Files' });
  await expect(files).toBeVisible();
  const loaded = page.waitForResponse(
    (r) => r.url().includes('/file?') && r.request().method() === 'GET',
  );
  await files.getByRole('button', { name: file, exact: true }).click();
  await loaded;
  const editor = page.getByRole('textbox', { name: `Code editor: ${file}` });
  await expect(editor).toBeAttached();
  return editor;
}

async function readFileViaApi(page: Page, file: string) {
  const response = await page.request.get(
    `/api/workspaces/sample/file?branch=main&path=${encodeURIComponent(file)}`,
  );
  expect(response.status()).toBe(200);
  return (await response.json()) as { content: string; etag: string; headContent: string | null };
}

test('[skeleton] edit a file in Monaco, see the diff against HEAD, commit, find it in history', async ({
  page,
}) => {
  const editor = await openSampleFile(page, FILE);
  await editor.focus();
  await page.keyboard.press('Control+End');
  const saved = page.waitForResponse(
    (r) => r.url().includes('/file?') && r.request().method() === 'PUT',
  );
  await page.keyboard.type('\n# Reviewed in the e2e test.\n');
  expect((await saved).status()).toBe(200);
  await expect(page.getByRole('status')).toHaveText('Saved');
  const file = await readFileViaApi(page, FILE);
  expect(file.content).toContain('# Reviewed in the e2e test.');
  expect(file.headContent).not.toContain('# Reviewed in the e2e test.');

  await page.getByRole('tab', { name: 'Changes' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Changes' })).toContainText(
    'Reviewed in the e2e test.',
  );
  // The tree marks the file as modified.
  await expect(page.getByRole('button', { name: FILE, exact: true })).toContainText('(modified)');

  await page
    .getByRole('textbox', { name: 'Commit message' })
    .fill('Note the review of production shells');
  const committed = page.waitForResponse(
    (r) => r.url().includes('/commits') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Commit' }).click();
  expect((await committed).status()).toBe(201);
  const history = page.getByRole('list', { name: 'Commits' });
  await expect(history.getByText('Note the review of production shells')).toBeVisible();
  await expect(history).toContainText('Local admin');
  expect((await readFileViaApi(page, FILE)).headContent).toContain('# Reviewed in the e2e test.');
});

test('[skeleton] discard changes to a file restores it from HEAD', async ({ page }) => {
  const target = 'legacy-2018/policies_priority.tf';
  const before = (await readFileViaApi(page, target)).content;
  const editor = await openSampleFile(page, target);
  await editor.focus();
  await page.keyboard.press('Control+End');
  const saved = page.waitForResponse(
    (r) => r.url().includes('/file?') && r.request().method() === 'PUT',
  );
  await page.keyboard.type('\n# to be discarded\n');
  await saved;
  expect((await readFileViaApi(page, target)).content).toContain('# to be discarded');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  const discarded = page.waitForResponse((r) => r.url().includes('/discard'));
  await page.getByRole('button', { name: 'Yes, discard' }).click();
  expect((await discarded).status()).toBe(200);
  expect((await readFileViaApi(page, target)).content).toBe(before);
  await expect(page.getByRole('button', { name: target, exact: true })).not.toContainText(
    '(modified)',
  );
});

test('[skeleton] a save based on a stale version gets 409 and the conflict view; nothing is overwritten', async ({
  page,
}) => {
  const target = 'current/falco.tf';
  const editor = await openSampleFile(page, target);
  // Someone else saves the file behind the editor's back.
  const current = await readFileViaApi(page, target);
  const theirs = `${current.content}# their change\n`;
  const put = await page.request.put(
    `/api/workspaces/sample/file?branch=main&path=${encodeURIComponent(target)}`,
    {
      data: { content: theirs, baseEtag: current.etag },
      headers: { 'x-rampart-request': '1' },
    },
  );
  expect(put.status()).toBe(200);

  await editor.focus();
  await page.keyboard.press('Control+End');
  const rejected = page.waitForResponse(
    (r) => r.url().includes('/file?') && r.request().method() === 'PUT',
  );
  await page.keyboard.type('# my change\n');
  const response = await rejected;
  expect(response.status()).toBe(409);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Someone else changed this file' }),
  ).toBeVisible();
  expect((await readFileViaApi(page, target)).content).toBe(theirs);

  const reloaded = page.waitForResponse(
    (r) => r.url().includes('/file?') && r.request().method() === 'GET',
  );
  await page.getByRole('button', { name: 'Reload their version' }).click();
  await reloaded;
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await page.getByRole('button', { name: 'Yes, discard' }).click();
});

test('[skeleton] API errors are problem+json with a request id, never a stack trace', async ({
  request,
}) => {
  const traversal = await request.get(
    '/api/workspaces/sample/file?branch=main&path=..%2F..%2Fetc%2Fpasswd',
  );
  expect(traversal.status()).toBe(400);
  const problem = (await traversal.json()) as { code: string; requestId: string; detail: string };
  expect(problem.code).toBe('INVALID_INPUT');
  expect(problem.requestId).toMatch(/[0-9a-f-]{36}/);
  expect(problem.detail).not.toMatch(/at .*\.js/);

  const missing = await request.get('/api/workspaces/nope');
  expect(missing.status()).toBe(404);

  const noCsrf = await request.put('/api/workspaces/sample/file?branch=main&path=current%2Fx.tf', {
    data: { content: 'x', baseEtag: 'absent' },
  });
  expect(noCsrf.status()).toBe(403);
});
