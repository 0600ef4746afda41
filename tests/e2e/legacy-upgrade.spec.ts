import { expect, test } from './fixtures';
import { sharedFixtureRepo } from './shared-fixture-repo';

test('[legacy] HCL1 syntax is reported at its position and one click upgrades it to HCL2', async ({
  page,
  request,
}) => {
  const created = await request.post('/api/workspaces', {
    headers: { 'x-rampart-request': '1' },
    data: {
      name: 'Snippets',
      id: 'snippets-2018',
      source: sharedFixtureRepo('seed-2018/snippets'),
    },
  });
  expect(created.status()).toBe(201);
  await page.goto('/w/snippets-2018');
  const problems = page.getByRole('list', { name: 'Problems' });
  await expect(
    problems.getByRole('button', { name: /policy_sample2\.tf:23:20 error .*Terraform 0\.11/ }),
  ).toBeVisible();
  const upgraded = page.waitForResponse((r) => r.url().includes('/upgrade-syntax'));
  await problems.getByRole('button', { name: 'Upgrade syntax of policy_sample2.tf' }).click();
  expect((await upgraded).status()).toBe(200);
  await expect(problems.getByRole('button', { name: /policy_sample2\.tf:23:20/ })).toHaveCount(0);
  const file = (await (
    await request.get('/api/workspaces/snippets-2018/file?branch=main&path=policy_sample2.tf')
  ).json()) as { content: string };
  expect(file.content).toContain('network {');
  expect(file.content).toContain(
    'notification_channels = [sysdig_secure_notification_channel.sample-victorops.id]',
  );
  // The real defect stays reported: the channel it names is still undefined.
  await expect(
    problems.getByRole('button', { name: /policy_sample2\.tf:\d+:\d+ error .*sample-victorops/ }),
  ).toBeVisible();
});

test('[legacy] a resource of a Terraform 0.11 file opens read-only in the form with the upgrade one click away; after it the form saves', async ({
  page,
  request,
}) => {
  const created = await request.post('/api/workspaces', {
    headers: { 'x-rampart-request': '1' },
    data: {
      name: 'Snippets form',
      id: 'snippets-form',
      source: sharedFixtureRepo('seed-2018/snippets'),
    },
  });
  expect([201, 409]).toContain(created.status());
  await page.goto('/w/snippets-form');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Resources' })
    .click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('sample2');
  await page
    .getByRole('row')
    .filter({ hasText: 'sysdig_secure_policy.sample2' })
    .getByRole('button', { name: 'Form', exact: true })
    .click();
  const note = page.getByRole('note', { name: 'Read-only form' });
  await expect(note).toContainText('policy_sample2.tf:23:20 uses Terraform 0.11 (HCL1) syntax');
  const severity = page.getByRole('spinbutton', { name: 'Severity' });
  await expect(severity).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);

  const upgraded = page.waitForResponse((r) => r.url().includes('/upgrade-syntax'));
  await note.getByRole('button', { name: 'Upgrade syntax of policy_sample2.tf' }).click();
  expect((await upgraded).status()).toBe(200);
  await expect(note).toBeHidden();
  await expect(severity).toBeEnabled();
  await severity.fill('3');
  const saved = page.waitForResponse(
    (r) => r.url().includes('/resource?') && r.request().method() === 'PUT',
  );
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  expect((await saved).status()).toBe(200);
  const file = (await (
    await request.get('/api/workspaces/snippets-form/file?branch=main&path=policy_sample2.tf')
  ).json()) as { content: string };
  expect(file.content).toMatch(/^severity\s*=\s*3$/m);
});
