// Runs late on purpose (files run in name order): it applies the sample, which changes what
// later plans of the shared embedded Secure show.
import { expect, test } from './fixtures';
import { planAgainAfterApply } from './plan-again';

const FILE = 'current/notification_channels.tf';

async function planNow(page: import('@playwright/test').Page) {
  const planned = page.waitForResponse(
    (r) => r.url().includes('/plans') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: /Run plan|Plan again/ }).click();
  expect((await planned).status()).toBe(201);
}

test('[apply] refused while uncommitted; after commit the plan applies step by step and a new plan shows no changes; history records it', async ({
  page,
  request,
}) => {
  // An uncommitted edit: the plan can be made, the apply cannot.
  const file = (await (
    await request.get(`/api/workspaces/sample/file?branch=main&path=${encodeURIComponent(FILE)}`)
  ).json()) as { content: string; etag: string };
  const edited = file.content.replace(
    'name                    = "SecOps email"',
    'name                    = "SecOps mail"',
  );
  expect(edited).not.toBe(file.content);
  const saved = await request.put(
    `/api/workspaces/sample/file?branch=main&path=${encodeURIComponent(FILE)}`,
    {
      headers: { 'x-rampart-request': '1' },
      data: { content: edited, baseEtag: file.etag },
    },
  );
  expect(saved.status()).toBe(200);
  await page.goto('/w/sample');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Plan' })
    .click();
  await planNow(page);
  await expect(page.getByText('Commit your changes to apply this plan.')).toBeVisible();
  const draftPlan = await request.post('/api/workspaces/sample/plans?branch=main', {
    headers: { 'x-rampart-request': '1' },
  });
  const { plan } = (await draftPlan.json()) as { plan: { contentHash: string } };
  const refused = await request.post('/api/workspaces/sample/applies?branch=main', {
    headers: { 'x-rampart-request': '1' },
    data: { planHash: plan.contentHash },
  });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { detail: string }).detail).toContain('Commit your changes');

  // Commit, plan, apply.
  await page
    .getByRole('textbox', { name: 'Commit message' })
    .fill('Rename the SecOps email channel');
  const committed = page.waitForResponse(
    (r) => r.url().includes('/commits') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Commit' }).click();
  expect((await committed).status()).toBe(201);
  await planNow(page);
  await page.getByRole('button', { name: 'Apply…' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm apply' });
  await expect(confirm).toContainText(/\d+ to add, \d+ to change, 0 to destroy, \d+ to import/);
  await expect(confirm.getByRole('button', { name: 'Confirm apply' })).toBeDisabled();
  await confirm.getByRole('checkbox', { name: 'I reviewed this plan' }).check();
  const started = page.waitForResponse(
    (r) => r.url().includes('/applies') && r.request().method() === 'POST',
  );
  await confirm.getByRole('button', { name: 'Confirm apply' }).click();
  expect((await started).status()).toBe(202);
  await expect(page.getByRole('status').filter({ hasText: 'Apply complete.' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('list', { name: 'Apply steps' })).toContainText(
    'sysdig_secure_notification_channel_email.secops',
  );
  await planAgainAfterApply(page, '0 to add, 0 to change, 0 to destroy, 0 to import.');

  const runs = (await (await request.get('/api/workspaces/sample/runs')).json()) as {
    runs: { kind: string; status: string; actor: string }[];
  };
  expect(runs.runs.find((r) => r.kind === 'apply')).toMatchObject({
    status: 'succeeded',
    actor: 'local',
  });
  await page.reload();
  await expect(page.getByRole('list', { name: 'Runs' })).toContainText('Apply succeeded');
  await expect(page.getByRole('list', { name: 'Commits' })).toContainText(
    'Rename the SecOps email channel',
  );
});
