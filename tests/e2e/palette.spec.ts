import { expect, test } from './fixtures';

test('[palette] Ctrl+K jumps to a resource by name, from the keyboard', async ({ page }) => {
  await page.goto('/w/sample');
  await expect(page.getByRole('heading', { name: 'Overview of main' })).toBeVisible();
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Go to resource or file' });
  await expect(box).toBeFocused();
  await box.fill('web_tier');
  await expect(page.getByRole('option').first()).toContainText(
    'sysdig_secure_policy.web_tier_baseline',
  );
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('textbox', { name: 'Code editor: legacy-2018/policies.tf' }),
  ).toBeAttached();
  await expect(page.getByRole('dialog', { name: 'Go to resource or file' })).toHaveCount(0);
});

test('[palette] Ctrl+K pressed before the page is interactive still opens the palette', async ({
  page,
}) => {
  // Press it the moment <body> exists: React cannot have hydrated anything yet.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true }));
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/w/sample');
  await expect(page.getByRole('combobox', { name: 'Go to resource or file' })).toBeFocused();
});
