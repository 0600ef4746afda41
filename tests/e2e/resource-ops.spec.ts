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
  await page
    .getByRole('button', { name: 'Rename sysdig_secure_notification_channel_email.secops' })
    .click();
  const form = page.getByRole('form', {
    name: 'rename sysdig_secure_notification_channel_email.secops',
  });
  await form.getByRole('textbox', { name: 'New name' }).fill('security_team');
  const renamed = page.waitForResponse(
    (r) => r.url().includes('/resources?') && r.request().method() === 'POST',
  );
  await form.getByRole('button', { name: 'Rename' }).click();
  expect((await renamed).status()).toBe(200);
  await expect(
    page.getByRole('button', {
      name: 'sysdig_secure_notification_channel_email.security_team',
      exact: true,
    }),
  ).toBeVisible();
  const policies = (await (
    await request.get('/api/workspaces/sample/file?branch=main&path=current%2Fpolicies.tf')
  ).json()) as { content: string };
  expect(policies.content).toContain('sysdig_secure_notification_channel_email.security_team.id');
  expect(policies.content).not.toContain('sysdig_secure_notification_channel_email.secops.id');

  await page
    .getByRole('button', { name: 'Rename sysdig_secure_notification_channel_email.security_team' })
    .click();
  const back = page.getByRole('form', {
    name: 'rename sysdig_secure_notification_channel_email.security_team',
  });
  await back.getByRole('textbox', { name: 'New name' }).fill('secops');
  const restored = page.waitForResponse(
    (r) => r.url().includes('/resources?') && r.request().method() === 'POST',
  );
  await back.getByRole('button', { name: 'Rename' }).click();
  expect((await restored).status()).toBe(200);
  await expect(
    page.getByRole('button', {
      name: 'sysdig_secure_notification_channel_email.secops',
      exact: true,
    }),
  ).toBeVisible();
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
