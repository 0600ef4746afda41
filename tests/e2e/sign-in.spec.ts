import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

// A second Rampart with accounts (the main e2e server has none and acts as the local admin).
let server: ChildProcess;
let baseURL = '';
let dataDir = '';

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test.beforeAll(async () => {
  const data = mkdtempSync(path.join(tmpdir(), 'rampart-e2e-accounts-'));
  dataDir = data;
  const cli = path.resolve('bin/rampart.mjs');
  execFileSync(
    process.execPath,
    [
      cli,
      'user',
      '--data',
      data,
      'add',
      'vera',
      '--role',
      'viewer',
      '--name',
      'Vera Viewer',
      '--password-stdin',
    ],
    { input: 'vera-password-1\n' },
  );
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [cli, 'serve', '--no-build', '--port', String(port), '--data', data],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 240; i += 1) {
    const ok = await fetch(`${baseURL}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the second server did not start');
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

test('[auth] with accounts: pages send you to sign-in; wrong passwords are refused; a viewer signs in, sees the workspace, cannot commit, signs out', async ({
  page,
}) => {
  await page.goto(`${baseURL}/`);
  await expect(page).toHaveURL(`${baseURL}/sign-in`);
  await page.getByRole('textbox', { name: 'Username' }).fill('vera');
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'wrong username or password' }),
  ).toBeVisible();
  await page.getByLabel('Password').fill('vera-password-1');
  const signedIn = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  const response = await signedIn;
  expect(response.status()).toBe(200);
  expect((await response.allHeaders())['set-cookie']).toMatch(
    /rampart_session=.*HttpOnly.*SameSite=Strict/,
  );
  await expect(page.getByRole('heading', { name: 'Workspaces' })).toBeVisible();
  await expect(page.getByText('Vera Viewer · viewer')).toBeVisible();
  // A viewer may read but not write.
  const put = await page.request.put(
    `${baseURL}/api/workspaces/sample/file?branch=main&path=current%2Fx.tf`,
    {
      headers: { 'x-rampart-request': '1', origin: baseURL },
      data: { content: 'x', baseEtag: 'absent' },
    },
  );
  expect(put.status()).toBe(403);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(`${baseURL}/sign-in`);
  expect((await page.request.get(`${baseURL}/api/workspaces`)).status()).toBe(401);
});

test('[auth] forged and expired sessions get 401 and change nothing', async ({ page, request }) => {
  const forged = await request.get(`${baseURL}/api/workspaces`, {
    headers: { cookie: 'rampart_session=forged-token-value' },
  });
  expect(forged.status()).toBe(401);
  await page.goto(`${baseURL}/sign-in`);
  await page.getByRole('textbox', { name: 'Username' }).fill('vera');
  await page.getByLabel('Password').fill('vera-password-1');
  const signedIn = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect((await signedIn).status()).toBe(200);
  expect((await page.request.get(`${baseURL}/api/workspaces`)).status()).toBe(200);
  // Expire every session on the server side.
  const file = path.join(dataDir, 'sessions.json');
  const sessions = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { expiresAt: number }>;
  for (const session of Object.values(sessions)) session.expiresAt = Date.now() - 1000;
  writeFileSync(file, JSON.stringify(sessions));
  const expired = await page.request.get(`${baseURL}/api/workspaces`);
  expect(expired.status()).toBe(401);
  expect(((await expired.json()) as { code: string }).code).toBe('UNAUTHORIZED');
});
