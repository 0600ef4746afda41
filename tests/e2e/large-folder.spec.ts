import { expect, test } from './fixtures';
import { addOriginWorkspace, CSRF, filesOrigin } from './origin-workspace';

// A module folder of 200 files: the file tree opens it folded to its changed and open files, the
// index is fetched once (preloaded with the page, reused by the studio), and every row is listed.
test('[files] a 200-file folder opens folded to its changed files; "Show all" lists them all', async ({
  page,
  request,
}) => {
  const seedFiles: Record<string, string> = {};
  for (let i = 0; i < 200; i += 1)
    seedFiles[`many/list_${String(i).padStart(3, '0')}.tf`] =
      `resource "sysdig_secure_list" "l${i}" {\n  name  = "list_${i}"\n  items = ["a"]\n}\n`;
  const { origin } = filesOrigin(seedFiles);
  await addOriginWorkspace(request, 'large-folder', origin, ['many']);

  // One file changed in the draft before the page opens.
  const file = 'many/list_150.tf';
  const read = await request.get(
    `/api/workspaces/large-folder/file?${new URLSearchParams({ branch: 'main', path: file })}`,
  );
  expect(read.status()).toBe(200);
  const { etag, content } = (await read.json()) as { etag: string; content: string };
  const saved = await request.put(
    `/api/workspaces/large-folder/file?${new URLSearchParams({ branch: 'main', path: file })}`,
    { headers: CSRF, data: { baseEtag: etag, content: content.replace('"a"', '"b"') } },
  );
  expect(saved.status(), await saved.text()).toBe(200);

  const indexRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/workspaces/large-folder/index?')) indexRequests.push(r.url());
  });
  await page.goto('/w/large-folder?view=resources');
  await expect(page.getByRole('status').filter({ hasText: ' of ' })).toHaveText('200 of 200');
  const files = page.getByRole('navigation', { name: 'Files' });
  await expect(files.getByRole('button', { name: file })).toBeVisible();
  await expect(files.getByRole('button', { name: 'many/list_000.tf' })).toHaveCount(0);
  await files.getByRole('button', { name: 'Show all 200 files' }).click();
  await expect(files.getByRole('button', { name: /^many\/list_\d+\.tf$/ })).toHaveCount(200);
  await files.getByRole('button', { name: 'many/list_000.tf' }).click();
  await expect(page.getByRole('textbox', { name: 'Code editor: many/list_000.tf' })).toBeAttached();
  expect(indexRequests).toHaveLength(1);
});
