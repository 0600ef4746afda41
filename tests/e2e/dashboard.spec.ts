import { expect, test } from './fixtures';
import { sharedFixtureRepo } from './shared-fixture-repo';

/** A git repo holding the 2018 tutorial's demo exactly as published. */

test('[dashboard] the sample opens on an overview of both eras with no problems; the resource browser lists every resource', async ({
  page,
}) => {
  await page.goto('/w/sample');
  await expect(page.getByRole('heading', { name: 'Overview of main' })).toBeVisible();
  await expect(page.getByText('No errors or warnings.')).toBeVisible();
  const types = page.getByRole('table');
  await expect(types).toContainText('sysdig_secure_custom_policy');
  await expect(types).toContainText('sysdig_secure_policies_priority');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Resources' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: ' of ' })).toHaveText('14 of 14');
  await page.getByRole('searchbox', { name: 'Search' }).fill('rule_falco');
  await expect(page.getByRole('status').filter({ hasText: ' of ' })).toHaveText('1 of 14');
  await page
    .getByRole('button', { name: 'sysdig_secure_rule_falco.shell_in_production', exact: true })
    .click();
  await expect(page.getByRole('textbox', { name: 'Code editor: current/falco.tf' })).toBeAttached();
});

test('[dashboard] the 2018 demo as published: the dangling channel reference is an error at its line, one click away', async ({
  page,
  request,
}) => {
  const created = await request.post('/api/workspaces', {
    headers: { 'x-rampart-request': '1' },
    data: { name: '2018 demo', id: 'demo-2018', source: sharedFixtureRepo('seed-2018/demo') },
  });
  expect(created.status()).toBe(201);
  await page.goto('/w/demo-2018');
  const problems = page.getByRole('list', { name: 'Problems' });
  const problem = problems.getByRole('button', {
    name: /demo_policies\.tf:15:31 error .*sysdig_secure_notification_channel\.webhook/,
  });
  await expect(problem).toBeVisible();
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await problem.click();
  const editor = page.getByRole('textbox', { name: 'Code editor: demo_policies.tf' });
  await expect(editor).toBeAttached();
  // The cursor sits on the reference's line (Monaco marks the active line number).
  await expect(page.locator('.monaco-editor .line-numbers.active-line-number')).toHaveText('15');
});
