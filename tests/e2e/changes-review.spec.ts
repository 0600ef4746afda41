// The changes view of a draft in a workspace of its own: discard one resource's changes (other
// edits of the same file stay; an added resource goes; a stale view gets a conflict), and the diff
// editor's side-by-side / inline layout, remembered across reloads.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addOriginWorkspace, CSRF, sampleOrigin } from './origin-workspace';

const WS = 'review-ws';
const FILE = 'legacy-2018/policies.tf';
const FILE_URL = `/api/workspaces/${WS}/file?branch=main&path=${encodeURIComponent(FILE)}`;
const SHELL = 'sysdig_secure_policy.terminal_shell_in_container';
const WEB = 'sysdig_secure_policy.web_tier_baseline';
const EXTRA = 'sysdig_secure_policy.extra_review';

async function editFile(page: Page, edit: (text: string) => string): Promise<void> {
  const file = (await (await page.request.get(FILE_URL)).json()) as {
    content: string;
    etag: string;
  };
  const next = edit(file.content);
  expect(next).not.toBe(file.content);
  const saved = await page.request.put(FILE_URL, {
    headers: CSRF,
    data: { content: next, baseEtag: file.etag },
  });
  expect(saved.status()).toBe(200);
}

async function content(page: Page): Promise<string> {
  return ((await (await page.request.get(FILE_URL)).json()) as { content: string }).content;
}

test('[changes] discard one resource keeps the other edits of its file; an added one goes; a stale view gets a conflict', async ({
  page,
}) => {
  const { origin } = sampleOrigin(['legacy-2018']);
  await addOriginWorkspace(page.request, WS, origin, ['legacy-2018']);
  const committed = await content(page);
  await editFile(page, (t) =>
    t
      .replace('severity        = 2', 'severity        = 5')
      .replace('severity        = 4', 'severity        = 6'),
  );
  const created = await page.request.post(`/api/workspaces/${WS}/resources?branch=main`, {
    headers: CSRF,
    data: { op: 'create', type: 'sysdig_secure_policy', name: 'extra_review', file: FILE },
  });
  expect(created.status(), await created.text()).toBe(200);

  await page.goto(`/w/${WS}`);
  const list = page.getByRole('list', { name: 'Changed resources' });
  await expect(list.getByRole('listitem', { name: SHELL })).toContainText('Severity: 2 → 5');
  await expect(list.getByRole('listitem', { name: WEB })).toContainText('Severity: 4 → 6');
  await expect(list.getByRole('listitem', { name: EXTRA })).toContainText('added');

  // Changed: put back as committed; the other policy's edit stays.
  await list.getByRole('button', { name: `Discard changes to ${SHELL}` }).click();
  const discarded = page.waitForResponse((r) => r.url().includes('/discard-resource'));
  await list
    .getByRole('group', { name: 'Confirm discard' })
    .getByRole('button', { name: 'Yes, discard' })
    .click();
  expect((await discarded).status()).toBe(200);
  await expect(list.getByRole('listitem', { name: SHELL })).toHaveCount(0);
  await expect(list.getByRole('listitem', { name: WEB })).toBeVisible();
  expect(await content(page)).toContain('severity        = 2');
  expect(await content(page)).toContain('severity        = 6');

  // Added: removed from the file.
  await list.getByRole('button', { name: `Discard changes to ${EXTRA}` }).click();
  await list
    .getByRole('group', { name: 'Confirm discard' })
    .getByRole('button', { name: 'Yes, discard' })
    .click();
  await expect(list.getByRole('listitem', { name: EXTRA })).toHaveCount(0);
  expect(await content(page)).not.toContain('extra_review');
  expect(await content(page)).toBe(committed.replace('severity        = 4', 'severity        = 6'));

  // Someone saves the file after this view was loaded: the discard is refused, nothing lost.
  await editFile(page, (t) => t.replace('Web tier baseline"', 'Web tier baseline (edited)"'));
  await list.getByRole('button', { name: `Discard changes to ${WEB}` }).click();
  const refused = page.waitForResponse((r) => r.url().includes('/discard-resource'));
  await list
    .getByRole('group', { name: 'Confirm discard' })
    .getByRole('button', { name: 'Yes, discard' })
    .click();
  expect((await refused).status()).toBe(409);
  await expect(page.getByRole('alert').filter({ hasText: 'was changed since' })).toBeVisible();
  expect(await content(page)).toContain('Web tier baseline (edited)"');
  expect(await content(page)).toContain('severity        = 6');
});

test('[changes] the diff editor shows side by side or inline, and remembers the choice', async ({
  page,
}) => {
  // Runs after the test above: review-ws still has an edit of policies.tf.
  await page.goto(`/w/${WS}`);
  const openDiff = async () => {
    await page
      .getByRole('navigation', { name: 'Files' })
      .getByRole('button', { name: FILE })
      .click();
    const pane = page.getByRole('region', { name: `File ${FILE}` });
    await pane.getByRole('tab', { name: 'Changes' }).click();
    return pane.getByRole('tabpanel', { name: 'Changes' });
  };
  let diff = await openDiff();
  const layout = diff.getByRole('radiogroup', { name: 'Diff layout' });
  await expect(layout.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  await expect(diff.locator('.monaco-diff-editor')).toHaveClass(/side-by-side/);
  await expect(diff.locator('.editor.original')).toBeVisible();
  await expect(diff.locator('.editor.original .line-delete').first()).toBeVisible();

  await layout.getByRole('radio', { name: 'Inline' }).check();
  await expect(diff.locator('.monaco-diff-editor')).not.toHaveClass(/side-by-side/);
  // Inline: the removed line is shown inside the modified editor, above the added one.
  await expect(diff.locator('.editor.modified .view-zones .line-delete').first()).toBeVisible();

  await page.reload();
  diff = await openDiff();
  await expect(diff.getByRole('radio', { name: 'Inline' })).toBeChecked();
  await expect(diff.locator('.monaco-diff-editor')).not.toHaveClass(/side-by-side/);
  await diff.getByRole('radio', { name: 'Side by side' }).check();
  await expect(diff.locator('.monaco-diff-editor')).toHaveClass(/side-by-side/);
});
