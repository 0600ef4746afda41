import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { folderRepo } from './shared-fixture-repo';

test.beforeAll(async ({ request }) => {
  const created = await request.post('/api/workspaces', {
    headers: { 'x-rampart-request': '1' },
    data: {
      name: 'Definitions',
      id: 'definitions',
      source: folderRepo(path.resolve('lib/workspace/sample')),
    },
  });
  // 409: made by an earlier run of this file in the same server (a retried worker).
  expect([201, 409]).toContain(created.status());
});

/** Opens a file of the workspace in the code editor, the cursor `back` characters before the end of `line`. */
async function openAt(page: Page, file: string, line: number, back: number) {
  // Go to definition needs the draft index (resources and variables of the other files).
  const indexed = page.waitForResponse((r) => r.url().includes('/index?') && r.ok());
  await page.goto('/w/definitions');
  await indexed;
  const loaded = page.waitForResponse(
    (r) => r.url().includes('/file?') && r.request().method() === 'GET',
  );
  await page
    .getByRole('navigation', { name: 'Files' })
    .getByRole('button', { name: file, exact: true })
    .click();
  await loaded;
  const editor = page.getByRole('textbox', { name: `Code editor: ${file}` });
  await expect(editor).toBeAttached();
  await editor.focus();
  // Only cursor keys: nothing is typed into the file.
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  for (let i = 0; i < back; i += 1) await page.keyboard.press('ArrowLeft');
}

async function cursorLine(page: Page, file: string): Promise<string> {
  const pane = page.getByRole('region', { name: `File ${file}` });
  return (await pane.locator('.line-numbers.active-line-number').textContent()) ?? '';
}

test('[editor] F12 on a channel reference opens the file that declares it, the cursor on its line', async ({
  page,
}) => {
  // current/policies.tf line 27: `    sysdig_secure_notification_channel_slack.secops.id,`
  await openAt(page, 'current/policies.tf', 27, 8);
  await page.keyboard.press('F12');
  await expect(
    page.getByRole('textbox', { name: 'Code editor: current/notification_channels.tf' }),
  ).toBeFocused();
  await expect.poll(() => cursorLine(page, 'current/notification_channels.tf')).toBe('17');
});

test('[editor] F12 on var.x opens variables.tf at the variable', async ({ page }) => {
  // current/notification_channels.tf line 13: `  url                        = var.siem_webhook_url`
  await openAt(page, 'current/notification_channels.tf', 13, 4);
  await page.keyboard.press('F12');
  await expect(
    page.getByRole('textbox', { name: 'Code editor: current/variables.tf' }),
  ).toBeFocused();
  await expect.poll(() => cursorLine(page, 'current/variables.tf')).toBe('8');
});
