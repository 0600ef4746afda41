import path from 'node:path';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { folderRepo } from './shared-fixture-repo';

test.beforeAll(async ({ request }) => {
  const created = await request.post('/api/workspaces', {
    headers: { 'x-rampart-request': '1' },
    data: {
      name: 'Relations',
      id: 'relations',
      source: folderRepo(path.resolve('lib/workspace/sample')),
    },
  });
  // 409: made by an earlier run of this file in the same server (a retried worker).
  expect([201, 409]).toContain(created.status());
});

/** Opens the resource browser of the `relations` workspace, searches `search` and expands the relations matching `button`. */
async function openRelations(page: Page, search: string, button: RegExp): Promise<void> {
  await page.goto('/w/relations');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Resources' })
    .click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(search);
  await page.getByRole('button', { name: button }).click();
}

test('[relations] a policy lists the rule and channels it uses; links open the related resource and what uses it', async ({
  page,
}) => {
  await openRelations(
    page,
    'production_shells',
    /^Relations of sysdig_secure_custom_policy\.production_shells/,
  );
  const uses = page.getByRole('list', {
    name: 'Uses sysdig_secure_custom_policy.production_shells',
  });
  await expect(uses.getByRole('listitem')).toHaveText([
    /sysdig_secure_notification_channel_email\.secops via notification_channels/,
    /sysdig_secure_notification_channel_slack\.secops via notification_channels/,
    /sysdig_secure_rule_falco\.shell_in_production via rules\[0\]\.name/,
  ]);
  // The rule's link opens the rule's form; its relations show the macro and list of its
  // condition, and the policy that uses it.
  await uses.getByRole('button', { name: 'sysdig_secure_rule_falco.shell_in_production' }).click();
  await expect(
    page.getByRole('heading', { name: 'sysdig_secure_rule_falco.shell_in_production' }),
  ).toBeVisible();
  const ruleUses = page.getByRole('list', {
    name: 'Uses sysdig_secure_rule_falco.shell_in_production',
  });
  await expect(ruleUses.getByRole('listitem')).toHaveText([
    /sysdig_secure_macro\.interactive_shell via condition/,
    /sysdig_secure_list\.trusted_shell_parents via condition/,
  ]);
  await page
    .getByRole('list', { name: 'Used by sysdig_secure_rule_falco.shell_in_production' })
    .getByRole('button', { name: 'sysdig_secure_custom_policy.production_shells' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'sysdig_secure_custom_policy.production_shells' }),
  ).toBeVisible();
});

test('[relations] a 2018 policy links to the rules-file rules its regex matches; the link opens rules.yaml at the rule', async ({
  page,
}) => {
  await openRelations(
    page,
    'web_tier_baseline',
    /^Relations of sysdig_secure_policy\.web_tier_baseline/,
  );
  await expect(
    page
      .getByRole('list', { name: 'Used by sysdig_secure_policy.web_tier_baseline' })
      .getByRole('button', { name: 'sysdig_secure_policies_priority.order' }),
  ).toBeVisible();
  await page
    .getByRole('list', { name: 'Uses sysdig_secure_policy.web_tier_baseline' })
    .getByRole('button', { name: 'rule: Unexpected outbound connection web tier' })
    .click();
  const editor = page.getByRole('textbox', { name: /Code editor: legacy-2018\/rules\.yaml/ });
  await expect(editor).toBeFocused();
  // The cursor is on the rule's line of rules.yaml.
  await expect
    .poll(() =>
      page
        .getByRole('region', { name: 'File legacy-2018/rules.yaml' })
        .locator('.line-numbers.active-line-number')
        .textContent(),
    )
    .toBe('21');
});
