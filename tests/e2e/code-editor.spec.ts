import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FILE = 'current/falco.tf';

async function readFileViaApi(page: Page, file: string) {
  const response = await page.request.get(
    `/api/workspaces/sample/file?branch=main&path=${encodeURIComponent(file)}`,
  );
  expect(response.status()).toBe(200);
  return (await response.json()) as { content: string; headContent: string | null };
}

/** Opens the sample workspace's file in the code editor and focuses it. */
async function openInEditor(page: Page, file: string) {
  await page.goto('/w/sample');
  const files = page.getByRole('navigation', { name: 'Files' });
  const loaded = page.waitForResponse(
    (r) => r.url().includes('/file?') && r.request().method() === 'GET',
  );
  await files.getByRole('button', { name: file, exact: true }).click();
  await loaded;
  const editor = page.getByRole('textbox', { name: `Code editor: ${file}` });
  await expect(editor).toBeAttached();
  await editor.focus();
  return editor;
}

/** Waits for the autosave to settle, then restores the file from HEAD with the pane's Discard. */
async function discardFile(page: Page, file: string) {
  await expect(page.getByRole('status')).toHaveText('Saved');
  const discard = page.getByRole('button', { name: 'Discard changes' });
  if (await discard.isEnabled()) {
    await discard.click();
    const discarded = page.waitForResponse((r) => r.url().includes('/discard'));
    await page.getByRole('button', { name: 'Yes, discard' }).click();
    expect((await discarded).status()).toBe(200);
  }
  const restored = await readFileViaApi(page, file);
  expect(restored.content).toBe(restored.headContent);
}

// A failed test must not leave its edit in the shared sample workspace for the next specs: the
// files this spec edits are put back as committed, whatever happened (the tests themselves
// discard through the UI, which is what they check).
test.afterEach(async ({ page }) => {
  for (const file of [FILE, 'legacy-2018/rules.yaml']) {
    const { content, headContent } = await readFileViaApi(page, file);
    if (content === headContent) continue;
    const restored = await page.request.post('/api/workspaces/sample/discard?branch=main', {
      headers: { 'x-rampart-request': '1' },
      data: { path: file },
    });
    expect(restored.status(), await restored.text()).toBe(200);
  }
});

test('[editor] a syntax error typed in the code editor is a marker at its line and column; fixed, it is gone', async ({
  page,
}) => {
  const before = (await readFileViaApi(page, FILE)).content;
  await openInEditor(page, FILE);
  await page.keyboard.press('Control+End');
  // The cursor is at the end of the last line; the error goes on a new line after it.
  const line = before.split('\n').length + 1;
  await page.keyboard.type('\nname =');
  await page.keyboard.press('Escape');

  const problems = page.getByRole('list', { name: 'Problems in this file' });
  // Browser-side check, 300 ms after typing stops (the 1 s target is measured, not asserted).
  await expect(
    problems.getByRole('button', { name: new RegExp(`^${line}:7 error Missing expression`) }),
  ).toBeVisible();
  const squiggle = page.locator('.squiggly-error');
  // Also "An attribute `name` is not expected at the top level": two squiggles on the typed line.
  await expect(problems.getByRole('button')).toHaveCount(2);
  await expect(squiggle.first()).toBeVisible();
  // The squiggle lies under the text layer, which takes the pointer.
  await squiggle.first().hover({ force: true });
  await expect(
    page
      .locator('.monaco-hover')
      .filter({ hasText: /Missing expression|not expected at the top level/ })
      .first(),
  ).toBeVisible();

  // Fix it: delete the typed line.
  await page.getByRole('textbox', { name: `Code editor: ${FILE}` }).focus();
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(squiggle).toHaveCount(0);
  await expect(problems).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect((await readFileViaApi(page, FILE)).content).toBe(before);
  await discardFile(page, FILE);
});

test('[editor] the server adds module-level problems the browser cannot know (an undeclared variable)', async ({
  page,
}) => {
  const before = (await readFileViaApi(page, FILE)).content;
  await openInEditor(page, FILE);
  await page.keyboard.press('Control+End');
  const line = before.split('\n').length + 2;
  const validated = page.waitForResponse(
    (r) => r.url().includes('/validate?') && r.request().method() === 'POST',
  );
  // insertText: no auto-closing of brackets and quotes, the text arrives as written.
  await page.keyboard.insertText(
    '\nresource "sysdig_secure_list" "e2e_probe" {\n  name  = var.nope_e2e\n  items = []\n}\n',
  );
  expect([200, 422]).toContain((await validated).status());
  const problems = page.getByRole('list', { name: 'Problems in this file' });
  await expect(
    problems.getByRole('button', {
      name: new RegExp(`^${line}:11 error Reference to undeclared input variable "nope_e2e"`),
    }),
  ).toBeVisible();
  await discardFile(page, FILE);
  await expect(problems).toBeHidden();
});

test('[editor] completion offers the attribute names of the resource type, with docs', async ({
  page,
}) => {
  const before = (await readFileViaApi(page, FILE)).content;
  const header = before
    .split('\n')
    .findIndex((text) => text.startsWith('resource "sysdig_secure_list"'));
  expect(header).toBeGreaterThanOrEqual(0);
  await openInEditor(page, FILE);
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < header; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Space');
  const suggestions = page.getByRole('listbox', { name: /Suggest/ });
  await expect(suggestions.getByRole('option', { name: /^items\b/ })).toBeVisible();
  await expect(suggestions.getByRole('option', { name: /^append\b/ })).toBeVisible();
  await expect(suggestions.getByRole('option', { name: /^version\b/ })).toHaveCount(0);

  // Accepting one inserts `append = ` into the block.
  await page.keyboard.type('appe');
  await expect(suggestions.getByRole('option', { name: /^append\b/ })).toBeVisible();
  const saved = page.waitForResponse(
    (r) => r.url().includes('/file?') && r.request().method() === 'PUT',
  );
  await page.keyboard.press('Enter');
  await page.keyboard.type('true');
  expect((await saved).status()).toBe(200);
  await expect
    .poll(async () => (await readFileViaApi(page, FILE)).content)
    .toContain('"trusted_shell_parents" {\n  append = true\n');
  await discardFile(page, FILE);
});

test('[editor] Falco rules files get Falco diagnostics as markers', async ({ page }) => {
  const file = 'legacy-2018/rules.yaml';
  await openInEditor(page, file);
  await page.keyboard.press('Control+End');
  const before = (await readFileViaApi(page, file)).content;
  const line = before.split('\n').length + 1;
  await page.keyboard.insertText('\n- macro: e2e_broken\n  condition: evt.type = (\n');
  const problems = page.getByRole('list', { name: 'Problems in this file' });
  await expect(
    problems.getByRole('button', { name: new RegExp(`^${line + 1}:\\d+ error`) }).first(),
  ).toBeVisible();
  await expect(page.locator('.squiggly-error').first()).toBeVisible();
  await discardFile(page, file);
  await expect(problems).toBeHidden();
});
