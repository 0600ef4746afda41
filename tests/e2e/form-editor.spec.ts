import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sharedFixtureRepo } from './shared-fixture-repo';

const FILE_URL = '/api/workspaces/sample/file?branch=main&path=current%2Fpolicies.tf';

/** A git repo holding the 2018 tutorial's demo exactly as published. */

async function openForm(page: Page, workspace: string, address: string) {
  await page.goto(`/w/${workspace}`);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Resources' })
    .click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(address);
  const loaded = page.waitForResponse(
    (r) => r.url().includes('/resource?') && r.request().method() === 'GET',
  );
  // The row's address opens the code; its "Form" button opens the form.
  await page
    .getByRole('row')
    .filter({ hasText: address })
    .getByRole('button', { name: 'Form', exact: true })
    .click();
  expect((await loaded).status()).toBe(200);
  await expect(page.getByRole('heading', { name: address })).toBeVisible();
}

async function save(page: Page) {
  const saved = page.waitForResponse(
    (r) => r.url().includes('/resource?') && r.request().method() === 'PUT',
  );
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const response = await saved;
  expect(response.status(), await response.text()).toBe(200);
}

function differingLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
}

test('[forms] changing a policy severity in the form changes exactly that one line of the file', async ({
  page,
}) => {
  const before = (await (await page.request.get(FILE_URL)).json()) as {
    content: string;
    headContent: string | null;
  };
  await openForm(page, 'sample', 'sysdig_secure_custom_policy.production_shells');
  const severity = page.getByRole('spinbutton', { name: 'Severity' });
  const target = (await severity.inputValue()) === '5' ? '6' : '5';
  await severity.fill(target);
  await expect(page.getByRole('status').filter({ hasText: 'unsaved change' })).toHaveText(
    '1 unsaved change',
  );
  await save(page);
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toHaveText(
    'Saved: 1 line changed in current/policies.tf.',
  );
  const after = (await (await page.request.get(FILE_URL)).json()) as { content: string };
  const changed = differingLines(before.content, after.content);
  expect(changed).toHaveLength(1);
  expect(after.content.split('\n')[changed[0]! - 1]).toMatch(
    new RegExp(`^  severity\\s+= ${target}$`),
  );
  if (before.content === before.headContent)
    expect(differingLines(before.headContent, after.content)).toEqual(changed);
  // Comments and alignment elsewhere are byte for byte the same.
  expect(after.content.replace(/^( {2}severity\s+= )\d+$/m, '')).toBe(
    before.content.replace(/^( {2}severity\s+= )\d+$/m, ''),
  );
});

test('[forms] picking a notification channel writes the reference expression', async ({ page }) => {
  await openForm(page, 'sample', 'sysdig_secure_managed_policy.runtime_threat_detection');
  const channels = page.getByRole('group', { name: 'Notification channels' });
  const first = channels.getByRole('combobox', { name: 'Notification channels 1' });
  const email = 'sysdig_secure_notification_channel_email.secops.id';
  const slack = 'sysdig_secure_notification_channel_slack.secops.id';
  const pick = (await first.inputValue()) === email ? slack : email;
  // Options are labelled by the channel's name, not its id.
  await expect(first.locator(`option[value="${pick}"]`)).toHaveText(
    /\(sysdig_secure_notification_channel_(email|slack)\.secops\)$/,
  );
  await first.selectOption(pick);
  await save(page);
  const after = (await (await page.request.get(FILE_URL)).json()) as { content: string };
  const block = after.content.slice(
    after.content.indexOf('resource "sysdig_secure_managed_policy" "runtime_threat_detection"'),
  );
  expect(block).toContain(`notification_channels = [${pick}]`);
});

test('[forms] the 2018 demo: the dangling channel reference is an error on its field, fixed from the form', async ({
  page,
}) => {
  const created = await page.request.post('/api/workspaces', {
    headers: { 'x-rampart-request': '1' },
    data: {
      name: '2018 demo (form)',
      id: 'demo-form',
      source: sharedFixtureRepo('seed-2018/demo'),
    },
  });
  expect(created.status()).toBe(201);
  await openForm(page, 'demo-form', 'sysdig_secure_policy.terminal-shell-in-container');
  const channels = page.getByRole('group', { name: 'Notification channels' });
  await expect(channels).toContainText(
    /error at line 15: .*sysdig_secure_notification_channel\.webhook/,
  );
  const dangling = channels.getByRole('combobox', { name: 'Notification channels 1' });
  await expect(dangling).toHaveAttribute('aria-invalid', 'true');
  await dangling.selectOption('sysdig_secure_notification_channel.elastic-search.id');
  await save(page);
  await expect(page.getByRole('group', { name: 'Notification channels' })).not.toContainText(
    'webhook',
  );
  const file = (await (
    await page.request.get('/api/workspaces/demo-form/file?branch=main&path=demo_policies.tf')
  ).json()) as { content: string };
  expect(file.content.split('\n')[14]).toBe(
    '  notification_channels = [sysdig_secure_notification_channel.elastic-search.id]',
  );
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Overview' })
    .click();
  await expect(page.getByText('No errors or warnings.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Problems' }).getByRole('listitem')).toHaveCount(0);
});
