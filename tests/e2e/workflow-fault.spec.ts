// Runs after workflow-apply (name order): the sample is applied by then, so only what this test
// adds is left to apply.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { planAgainAfterApply } from './plan-again';

const CSRF = { 'x-rampart-request': '1' };

test('[apply] a 503 mid-apply: the result says which step failed and which did not start; a new plan shows what remains', async ({
  page,
  request,
}) => {
  // Two new resources in two apply stages: a list, and a macro after it.
  for (const [type, name] of [
    ['sysdig_secure_list', 'fault_list'],
    ['sysdig_secure_macro', 'fault_macro'],
  ] as const) {
    const created = await request.post('/api/workspaces/sample/resources?branch=main', {
      headers: CSRF,
      data: { op: 'create', type, name, file: 'current/falco.tf' },
    });
    expect(created.status()).toBe(200);
  }
  const file = (await (
    await request.get('/api/workspaces/sample/file?branch=main&path=current%2Ffalco.tf')
  ).json()) as { content: string; etag: string };
  const filled = file.content.replace(
    /(resource "sysdig_secure_macro" "fault_macro" \{\n\s+name\s+= "fault macro"\n\s+condition = )""/,
    '$1"proc.name = fault"',
  );
  expect(filled).not.toBe(file.content);
  expect(
    (
      await request.put('/api/workspaces/sample/file?branch=main&path=current%2Ffalco.tf', {
        headers: CSRF,
        data: { content: filled, baseEtag: file.etag },
      })
    ).status(),
  ).toBe(200);
  expect(
    (
      await request.post('/api/workspaces/sample/commits?branch=main', {
        headers: CSRF,
        data: { message: 'Add a list and a macro' },
      })
    ).status(),
  ).toBe(201);

  // Secure answers 503 to every list creation (retries included).
  const token = readFileSync(
    path.join(process.env.RAMPART_E2E_DATA!, 'local-secure', 'token'),
    'utf8',
  ).trim();
  const fault = await request.post('/local-secure/_admin/faults', {
    headers: { authorization: `Bearer ${token}` },
    data: { method: 'POST', pathPattern: 'falco/lists', status: 503, times: 50 },
  });
  expect(fault.ok()).toBe(true);

  await page.goto('/w/sample');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Plan' })
    .click();
  const planned = page.waitForResponse(
    (r) => r.url().includes('/plans') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Run plan' }).click();
  await planned;
  await expect(page.getByRole('status').filter({ hasText: 'to add' })).toHaveText(
    '2 to add, 0 to change, 0 to destroy, 0 to import.',
  );
  await page.getByRole('button', { name: 'Apply…' }).click();
  await page.getByRole('checkbox', { name: 'I reviewed this plan' }).check();
  await page.getByRole('button', { name: 'Confirm apply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Apply failed' })).toBeVisible({
    timeout: 45_000,
  });
  const steps = page.getByRole('list', { name: 'Apply steps' });
  await expect(
    steps.getByRole('listitem').filter({ hasText: 'sysdig_secure_list.fault_list' }),
  ).toContainText(/failed.*503/);
  await expect(
    steps.getByRole('listitem').filter({ hasText: 'sysdig_secure_macro.fault_macro' }),
  ).toContainText('not-started');

  await request.delete('/local-secure/_admin/faults', {
    headers: { authorization: `Bearer ${token}` },
  });
  await planAgainAfterApply(page, '2 to add, 0 to change, 0 to destroy, 0 to import.');
});
