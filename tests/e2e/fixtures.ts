import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';

/** True for requests that stay on this machine. */
export function isLocalUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** The secrets of the e2e server that must never reach a browser: the local Secure API token. */
export function serverSecrets(): string[] {
  const token = readFileSync(
    path.join(process.env.RAMPART_E2E_DATA!, 'local-secure', 'token'),
    'utf8',
  ).trim();
  return token ? [token] : [];
}

/**
 * Every e2e test runs with two guards: a request to any host but this machine is aborted and
 * fails the test (no CDN, fonts or telemetry), and no response the browser receives may contain
 * a server secret.
 */
export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ context }, use) => {
      const leaks: string[] = [];
      const exposed: string[] = [];
      const secrets = serverSecrets();
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isLocalUrl(url)) return route.continue();
        leaks.push(url);
        return route.abort('blockedbyclient');
      });
      context.on('response', async (response) => {
        const body = await response.text().catch(() => '');
        for (const secret of secrets) if (body.includes(secret)) exposed.push(response.url());
      });
      await use();
      expect(leaks, 'requests that left localhost').toEqual([]);
      expect(exposed, 'responses that carried a server secret').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
