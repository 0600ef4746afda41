import { expect, test } from './fixtures';

test('[plan] planning the sample against the embedded Secure shows cards per resource, masked secrets, and the raw text', async ({
  page,
}) => {
  await page.goto('/w/sample');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Plan' })
    .click();
  const planned = page.waitForResponse(
    (r) => r.url().includes('/plans') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Run plan' }).click();
  expect((await planned).status()).toBe(201);
  await expect(page.getByRole('status').filter({ hasText: 'to add' })).toContainText(
    /\d+ to add, \d+ to change, 0 to destroy, \d+ to import/,
  );
  const changes = page.getByRole('region', { name: 'Resource changes' });
  await expect(
    changes.getByRole('article', {
      name: 'create sysdig_secure_notification_channel_slack.secops',
    }),
  ).toBeVisible();
  // The Slack webhook URL is a secret: shown masked, never in the page.
  await expect(
    changes.getByRole('article', {
      name: 'create sysdig_secure_notification_channel_slack.secops',
    }),
  ).toContainText('(sensitive value)');
  await expect(page.locator('body')).not.toContainText('hooks.slack.example.com');
  await page.getByRole('checkbox', { name: 'raw text' }).check();
  await expect(changes).toContainText('will be created');
});
