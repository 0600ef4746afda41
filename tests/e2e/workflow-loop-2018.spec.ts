// The whole review loop on the 2018 module (issue #8), in a workspace of its own with a bare
// origin, so push is real. Named to run after the other workflow specs: the shared embedded Secure
// already holds the sample's objects then, and this workspace adopts them in its baseline apply.
// Run alone, the baseline creates them instead. The 2018 module of the sample is already in HCL2
// block syntax (the tutorial's HCL1 original is covered by legacy-upgrade.spec), so no upgrade.
import { expect, test } from './fixtures';
import { addOriginWorkspace, applyThroughApi, git, sampleOrigin } from './origin-workspace';
import { planAgainAfterApply } from './plan-again';

const WS = 'loop-2018';
const ADDRESS = 'sysdig_secure_policy.terminal_shell_in_container';
const FILE = 'legacy-2018/policies.tf';

test('[loop] 2018 module: form edit → one-line diff and field diff → commit and push → one update → apply → no changes → history', async ({
  page,
  request,
}) => {
  const { origin } = sampleOrigin(['legacy-2018']);
  await addOriginWorkspace(request, WS, origin, ['legacy-2018']);
  // Baseline: Secure matches the code, so the edit below is the only change the plan can show.
  await applyThroughApi(request, WS);

  // Edit in a form.
  await page.goto(`/w/${WS}`);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Resources' })
    .click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(ADDRESS);
  await page
    .getByRole('row')
    .filter({ hasText: ADDRESS })
    .getByRole('button', { name: 'Form', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: ADDRESS })).toBeVisible();
  const severity = page.getByRole('spinbutton', { name: 'Severity' });
  await expect(severity).toHaveValue('2');
  await severity.fill('3');
  const saved = page.waitForResponse(
    (r) => r.url().includes('/resource?') && r.request().method() === 'PUT',
  );
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  expect((await saved).status()).toBe(200);

  // The changes view: the field diff labelled like the form, and the one-line Monaco diff.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Overview' })
    .click();
  const changed = page.getByRole('list', { name: 'Changed resources' });
  await expect(changed.getByRole('listitem').filter({ hasText: ADDRESS })).toContainText(
    'Severity: 2 → 3',
  );
  await expect(changed.getByRole('listitem').filter({ hasText: 'changed' })).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Files' }).getByRole('button', { name: FILE }).click();
  const pane = page.getByRole('region', { name: `File ${FILE}` });
  await pane.getByRole('tab', { name: 'Changes' }).click();
  const diff = pane.getByRole('tabpanel', { name: 'Changes' });
  await expect(diff.locator('.editor.original .line-delete')).toHaveCount(1);
  await expect(diff.locator('.editor.modified .line-insert')).toHaveCount(1);
  await expect(diff.locator('.editor.modified .line-insert')).toBeVisible();
  await expect(diff.locator('.editor.modified')).toContainText('severity        = 3');
  await expect(diff.locator('.editor.original')).toContainText('severity        = 2');

  // Commit and push.
  await page
    .getByRole('textbox', { name: 'Commit message' })
    .fill('Raise the terminal shell policy to severity 3');
  const committed = page.waitForResponse(
    (r) => r.url().includes('/commits') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Commit' }).click();
  expect((await committed).status()).toBe(201);
  await expect(
    page.getByRole('status').filter({ hasText: 'Committed and pushed to origin.' }),
  ).toBeVisible();
  expect(git(origin, 'log', '-1', '--format=%s|%an', 'main').trim()).toBe(
    'Raise the terminal shell policy to severity 3|Local admin',
  );
  expect(git(origin, 'show', `main:${FILE}`)).toContain('severity        = 3');

  // Plan: exactly one update.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Plan' })
    .click();
  const planned = page.waitForResponse(
    (r) => r.url().includes('/plans') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Run plan' }).click();
  expect((await planned).status()).toBe(201);
  await expect(page.getByRole('status').filter({ hasText: 'to add' })).toHaveText(
    '0 to add, 1 to change, 0 to destroy, 0 to import.',
  );
  const cards = page.getByRole('region', { name: 'Resource changes' }).getByRole('article');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toHaveAccessibleName(`update ${ADDRESS}`);
  await expect(cards.first().getByRole('row').filter({ hasText: 'Severity' })).toContainText(
    /2\s*3/,
  );

  // The text filter beside the action filter: by field name, then by something no card has.
  const text = page.getByRole('searchbox', { name: 'Text' });
  await text.fill('severity');
  await expect(cards).toHaveCount(1);
  await text.fill('web_tier');
  await expect(cards).toHaveCount(0);
  await expect(page.getByText('No change matches the filters.')).toBeVisible();
  await text.fill('');
  await expect(cards).toHaveCount(1);

  // Apply: confirmation, live progress, done.
  await page.getByRole('button', { name: 'Apply…' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm apply' });
  await expect(confirm).toContainText('0 to add, 1 to change, 0 to destroy, 0 to import');
  await confirm.getByRole('checkbox', { name: 'I reviewed this plan' }).check();
  const started = page.waitForResponse(
    (r) => r.url().includes('/applies') && r.request().method() === 'POST',
  );
  await confirm.getByRole('button', { name: 'Confirm apply' }).click();
  expect((await started).status()).toBe(202);
  await expect(page.getByRole('status').filter({ hasText: 'Apply complete.' })).toBeVisible({
    timeout: 30_000,
  });
  const steps = page.getByRole('list', { name: 'Apply steps' });
  await expect(steps.getByRole('listitem')).toHaveCount(1);
  await expect(steps.getByRole('listitem').first()).toContainText(ADDRESS);
  await expect(steps.getByRole('listitem').first()).toContainText('done');

  // A new plan shows no changes.
  await planAgainAfterApply(page, '0 to add, 0 to change, 0 to destroy, 0 to import.');

  // History: the commit and the run, with the user's name.
  await page.reload();
  const commits = page.getByRole('list', { name: 'Commits' });
  await expect(commits.getByRole('listitem').first()).toContainText(
    'Raise the terminal shell policy to severity 3',
  );
  // With no accounts the user is the local admin: "Local admin" authors, "local" acts.
  await expect(commits.getByRole('listitem').first()).toContainText('Local admin');
  const runs = page.getByRole('list', { name: 'Runs' });
  const applied = runs.getByRole('listitem').filter({ hasText: 'Apply succeeded: +0 ~1' });
  await expect(applied).toHaveCount(1);
  await expect(applied).toContainText('local');
});
