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
  // Press it as soon as the studio page's inline script has run, while the HTML is still being
  // parsed: React cannot have hydrated anything yet.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!window.__rampartEarlyPaletteKey) return;
      observer.disconnect();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true }));
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/w/sample');
  await expect(page.getByRole('combobox', { name: 'Go to resource or file' })).toBeFocused();
});

test('[palette] Ctrl+K elsewhere is left to the browser and never opens the palette later', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Workspaces' })).toBeVisible();
  await page.evaluate(() => {
    window.addEventListener('keydown', (event) => {
      document.body.dataset.ctrlKPrevented = String(event.defaultPrevented);
    });
  });
  await page.keyboard.press('Control+k');
  await expect(page.locator('body')).toHaveAttribute('data-ctrl-k-prevented', 'false');
  await page.getByRole('link', { name: 'Sample workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Overview of main' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Files' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Go to resource or file' })).toHaveCount(0);
});
