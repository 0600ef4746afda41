import { expect, test } from './fixtures';

test('[resources] rename a channel from the resource browser: every reference follows; then rename it back', async ({
  page,
  request,
}) => {
  await page.goto('/w/sample');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Resources' })
    .click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('channel_email');
  const EMAIL = 'sysdig_secure_notification_channel_email';
  // Rename through the browser's inline form and wait for the renamed row.
  const rename = async (from: string, to: string) => {
    await page.getByRole('button', { name: `Rename ${EMAIL}.${from}` }).click();
    const form = page.getByRole('form', { name: `rename ${EMAIL}.${from}` });
    await form.getByRole('textbox', { name: 'New name' }).fill(to);
    const done = page.waitForResponse(
      (r) => r.url().includes('/resources?') && r.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Rename' }).click();
    expect((await done).status()).toBe(200);
    await expect(page.getByRole('button', { name: `${EMAIL}.${to}`, exact: true })).toBeVisible();
  };

  await rename('secops', 'security_team');
  const policies = (await (
    await request.get('/api/workspaces/sample/file?branch=main&path=current%2Fpolicies.tf')
  ).json()) as { content: string };
  expect(policies.content).toContain(`${EMAIL}.security_team.id`);
  expect(policies.content).not.toContain(`${EMAIL}.secops.id`);
  await rename('security_team', 'secops');
});

test('[resources] new resource from a template into a chosen file, then delete it', async ({
  page,
  request,
}) => {
  await page.goto('/w/sample');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Resources' })
    .click();
  await page.getByRole('button', { name: 'New resource' }).click();
  const form = page.getByRole('form', { name: 'New resource' });
  await form.getByRole('combobox', { name: 'Type' }).selectOption('sysdig_secure_list');
  await form.getByRole('combobox', { name: 'File' }).selectOption('current/falco.tf');
  await form.getByRole('textbox', { name: 'New name' }).fill('blocked_images');
  const created = page.waitForResponse(
    (r) => r.url().includes('/resources?') && r.request().method() === 'POST',
  );
  await form.getByRole('button', { name: 'Create' }).click();
  expect((await created).status()).toBe(200);
  const falco = (await (
    await request.get('/api/workspaces/sample/file?branch=main&path=current%2Ffalco.tf')
  ).json()) as { content: string; headContent: string };
  expect(falco.content).toContain(
    'resource "sysdig_secure_list" "blocked_images" {\n  name  = "blocked images"\n  items = []\n}\n',
  );
  await page.getByRole('searchbox', { name: 'Search' }).fill('blocked_images');
  await page.getByRole('button', { name: 'Delete sysdig_secure_list.blocked_images' }).click();
  const deleted = page.waitForResponse(
    (r) => r.url().includes('/resources?') && r.request().method() === 'POST',
  );
  await page
    .getByRole('form', { name: 'delete sysdig_secure_list.blocked_images' })
    .getByRole('button', { name: 'Delete' })
    .click();
  expect((await deleted).status()).toBe(200);
  const after = (await (
    await request.get('/api/workspaces/sample/file?branch=main&path=current%2Ffalco.tf')
  ).json()) as { content: string };
  expect(after.content).not.toContain('blocked_images');
});
