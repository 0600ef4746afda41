import { expect, test } from './fixtures';

const FILE = 'legacy-2018/policies_priority.tf';

test('[policy-order] dragging a policy reorders the priorities list in the HCL', async ({
  page,
  request,
}) => {
  await page.goto('/w/sample');
  const list = page.getByRole('list', { name: 'Policy order' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const before = (await (
    await request.get(`/api/workspaces/sample/file?branch=main&path=${encodeURIComponent(FILE)}`)
  ).json()) as { content: string };
  expect(before.content.indexOf('terminal_shell_in_container')).toBeLessThan(
    before.content.indexOf('web_tier_baseline'),
  );
  await list.getByRole('listitem').nth(1).dragTo(list.getByRole('listitem').nth(0));
  await expect(list.getByRole('listitem').nth(0)).toContainText('web_tier_baseline');
  const saved = page.waitForResponse(
    (r) => r.url().includes('/policy-order') && r.request().method() === 'PUT',
  );
  // After the save the list is read again (new ETag): wait for that before editing further.
  const reread = page.waitForResponse(
    (r) => r.url().includes('/policy-order') && r.request().method() === 'GET',
  );
  await page.getByRole('button', { name: 'Save order' }).click();
  expect((await saved).status()).toBe(200);
  await reread;
  await expect(page.getByRole('button', { name: 'Save order' })).toBeDisabled();
  const after = (await (
    await request.get(`/api/workspaces/sample/file?branch=main&path=${encodeURIComponent(FILE)}`)
  ).json()) as { content: string; headContent: string };
  expect(after.content.indexOf('web_tier_baseline')).toBeLessThan(
    after.content.indexOf('terminal_shell_in_container'),
  );
  // Only the two element lines moved: the rest of the file is byte-identical.
  const changed = after.content
    .split('\n')
    .filter((line, i) => line !== after.headContent.split('\n')[i]);
  expect(changed.map((l) => l.trim()).sort()).toEqual([
    'sysdig_secure_policy.terminal_shell_in_container.id,',
    'sysdig_secure_policy.web_tier_baseline.id,',
  ]);
  // Keyboard works too: move it back with the arrow button, save, and the file is as committed.
  await list
    .getByRole('button', { name: 'Move sysdig_secure_policy.terminal_shell_in_container.id up' })
    .click();
  const restored = page.waitForResponse(
    (r) => r.url().includes('/policy-order') && r.request().method() === 'PUT',
  );
  await page.getByRole('button', { name: 'Save order' }).click();
  await restored;
  const final = (await (
    await request.get(`/api/workspaces/sample/file?branch=main&path=${encodeURIComponent(FILE)}`)
  ).json()) as { content: string; headContent: string };
  expect(final.content).toBe(final.headContent);
});
