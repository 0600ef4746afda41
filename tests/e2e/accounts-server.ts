import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/** A second Rampart (same build) with its own data dir and local accounts. */
export interface TAccountsServer {
  baseURL: string;
  dataDir: string;
  stop: () => void;
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts a server whose accounts are `users` (username → role; password `<username>-password-1`). */
export async function startAccountsServer(
  users: Record<string, 'viewer' | 'editor' | 'approver' | 'admin'>,
): Promise<TAccountsServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rampart-e2e-accounts-'));
  const cli = path.resolve('bin/rampart.mjs');
  for (const [name, role] of Object.entries(users))
    execFileSync(
      process.execPath,
      [cli, 'user', '--data', dataDir, 'add', name, '--role', role, '--password-stdin'],
      { input: `${name}-password-1\n` },
    );
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    process.execPath,
    [cli, 'serve', '--no-build', '--port', String(port), '--data', dataDir],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 240; i += 1) {
    const ok = await fetch(`${baseURL}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { baseURL, dataDir, stop: () => server.kill('SIGTERM') };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill('SIGTERM');
  throw new Error('the accounts server did not start');
}

/** Signs `username` in on `page` through the sign-in form. */
export async function signIn(page: Page, baseURL: string, username: string): Promise<void> {
  await page.goto(`${baseURL}/sign-in`);
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByLabel('Password').fill(`${username}-password-1`);
  const signedIn = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect((await signedIn).status()).toBe(200);
}
