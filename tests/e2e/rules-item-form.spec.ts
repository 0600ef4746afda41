import path from 'node:path';
import { expect, test } from './fixtures';
import { folderRepo } from './shared-fixture-repo';

const FILE = 'legacy-2018/rules.yaml';
const FILE_URL = `/api/workspaces/rules-form/file?branch=main&path=${encodeURIComponent(FILE)}`;

test.beforeAll(async ({ request }) => {
  const created = await request.post('/api/workspaces', {
    headers: { 'x-rampart-request': '1' },
    data: {
      name: 'Rules form',
      id: 'rules-form',
      source: folderRepo(path.resolve('lib/workspace/sample')),
    },
  });
  // 409: made by an earlier run of this file in the same server (a retried worker).
  expect([201, 409]).toContain(created.status());
});

test('[falco] a rule of a rules file in a form: the condition has its own diagnostics; saving changes one line', async ({
  page,
}) => {
  const before = ((await (await page.request.get(FILE_URL)).json()) as { content: string }).content;
  await page.goto('/w/rules-form');
  const loaded = page.waitForResponse((r) => r.url().includes('/file?'));
  await page
    .getByRole('navigation', { name: 'Files' })
    .getByRole('button', { name: FILE, exact: true })
    .click();
  await loaded;
  await page.getByRole('tab', { name: 'Items' }).click();
  const items = page.getByRole('list', { name: `Items of ${FILE}` });
  await expect(items.getByRole('listitem')).toHaveCount(4);
  await items
    .getByRole('button', { name: 'rule: Unexpected outbound connection web tier' })
    .click();
  const form = page.getByRole('form', {
    name: 'Form of rule Unexpected outbound connection web tier',
  });
  const condition = form.getByRole('textbox', { name: 'Condition' });
  await expect(condition).toHaveValue(/^evt\.type = connect and evt\.dir = </);

  // A broken condition is reported inside the form and blocks the save.
  await condition.fill('evt.type = connect and (fd.typechar = 4');
  const problems = form.getByRole('list', { name: 'Condition problems' });
  await expect(problems.getByRole('listitem').first()).toContainText('1:');
  await expect(problems.getByRole('listitem').first()).toContainText('error');
  await expect(form.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await form.getByRole('button', { name: 'Discard changes' }).click();
  await expect(problems.getByRole('listitem')).toHaveCount(0);

  await form.getByRole('combobox', { name: 'Priority' }).selectOption('CRITICAL');
  await expect(form.getByRole('status')).toHaveText('Unsaved: priority');
  const saved = page.waitForResponse(
    (r) => r.url().includes('/rules-items?') && r.request().method() === 'PUT',
  );
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  expect((await saved).status()).toBe(200);
  const after = ((await (await page.request.get(FILE_URL)).json()) as { content: string }).content;
  // Exactly the priority line of that rule changed; comments and the rest are byte for byte.
  expect(after).toBe(before.replace('  priority: NOTICE', '  priority: CRITICAL'));
  await expect(
    page
      .getByRole('form', { name: 'Form of rule Unexpected outbound connection web tier' })
      .getByRole('combobox', { name: 'Priority' }),
  ).toHaveValue('CRITICAL');
});
