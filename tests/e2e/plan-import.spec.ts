// Its own workspace (a one-list module) on the shared embedded Secure; the object it creates in
// Secure has a unique name, so other specs' plans only list it as unmanaged (never counted).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { addOriginWorkspace, filesOrigin } from './origin-workspace';

const MAIN_TF = `terraform {
  required_providers {
    sysdig = {
      source = "sysdiglabs/sysdig"
    }
  }
}

resource "sysdig_secure_list" "import_e2e" {
  name  = "import e2e list"
  items = ["/bin/true"]
}
`;

test('[plan] an unmanaged live object is imported into code and the new plan adopts it', async ({
  page,
  request,
}) => {
  const { origin } = filesOrigin({ 'policies/main.tf': MAIN_TF });
  await addOriginWorkspace(request, 'import-ws', origin, ['policies']);

  // Someone creates a channel directly in Secure (the embedded local backend, over HTTP).
  const token = readFileSync(
    path.join(process.env.RAMPART_E2E_DATA!, 'local-secure', 'token'),
    'utf8',
  ).trim();
  const created = await request.post('/local-secure/api/notificationChannels', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      notificationChannel: {
        type: 'EMAIL',
        name: 'Import Test Email',
        enabled: true,
        options: { emailRecipients: ['import-e2e@example.com'], notifyOnOk: false },
      },
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const { notificationChannel } = (await created.json()) as { notificationChannel: { id: number } };

  await page.goto('/w/import-ws');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Plan' })
    .click();
  await page.getByRole('button', { name: 'Run plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'to add' })).toHaveText(
    '1 to add, 0 to change, 0 to destroy, 0 to import.',
  );
  const unmanaged = page.getByRole('region', { name: /Unmanaged in Secure/ });
  const row = unmanaged.getByRole('row').filter({ hasText: 'Import Test Email' });
  await expect(row).toContainText('sysdig_secure_notification_channel_email');
  await expect(row).toContainText(String(notificationChannel.id));
  await expect(unmanaged.getByLabel('Target file')).toHaveValue('policies/imported.tf');
  await row.getByRole('checkbox', { name: 'Import Import Test Email' }).check();
  const imported = page.waitForResponse(
    (r) => r.url().includes('/imports') && r.request().method() === 'POST',
  );
  await unmanaged.getByRole('button', { name: 'Import into code (1)' }).click();
  expect((await imported).status()).toBe(201);
  await expect(unmanaged.getByRole('status')).toContainText(
    'sysdig_secure_notification_channel_email.import_test_email',
  );

  // A new plan adopts it: shown as an import, no longer unmanaged.
  const replanned = page.waitForResponse(
    (r) => r.url().includes('/plans') && r.request().method() === 'POST',
  );
  await unmanaged.getByRole('button', { name: 'Plan again' }).click();
  await replanned;
  await expect(page.getByRole('status').filter({ hasText: 'to add' })).toHaveText(
    '1 to add, 0 to change, 0 to destroy, 1 to import.',
  );
  await expect(
    page.getByRole('article', {
      name: 'import sysdig_secure_notification_channel_email.import_test_email',
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: /Unmanaged in Secure/ }).getByText('Import Test Email'),
  ).toHaveCount(0);

  // The file is in the draft's changes, with the generated resource and its import block.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Overview' })
    .click();
  await expect(
    page.getByRole('group', { name: 'Changed files' }).getByText('policies/imported.tf'),
  ).toBeVisible();
  const file = (await (
    await request.get('/api/workspaces/import-ws/file?branch=main&path=policies%2Fimported.tf')
  ).json()) as { content: string };
  expect(file.content).toContain(
    'resource "sysdig_secure_notification_channel_email" "import_test_email"',
  );
  expect(file.content).toMatch(new RegExp(`id = "${notificationChannel.id}"`));
});
