import { test as base, expect } from '@playwright/test';

/** True for requests that stay on this machine. */
export function isLocalUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/**
 * Every e2e test runs with an offline guard: a request to any host but this machine is aborted
 * and fails the test (Rampart must fetch nothing from the internet: no CDN, fonts or telemetry).
 */
export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ context }, use) => {
      const leaks: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isLocalUrl(url)) return route.continue();
        leaks.push(url);
        return route.abort('blockedbyclient');
      });
      await use();
      expect(leaks, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
