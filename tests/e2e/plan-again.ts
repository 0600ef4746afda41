import { expect, type Page } from '@playwright/test';

/**
 * After an apply: clicks "Plan again" in the Apply panel, waits for the new plan, and expects
 * its summary to read `summary` (e.g. `0 to add, 0 to change, 0 to destroy, 0 to import.`).
 */
export async function planAgainAfterApply(page: Page, summary: string): Promise<void> {
  const replanned = page.waitForResponse(
    (r) => r.url().includes('/plans') && r.request().method() === 'POST',
  );
  await page
    .getByRole('region', { name: 'Apply' })
    .getByRole('button', { name: 'Plan again' })
    .click();
  await replanned;
  await expect(page.getByRole('status').filter({ hasText: 'to add' })).toHaveText(summary);
}
