import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { benchRepo } from './helpers/bench-repo.ts';
import { percentile, startServer } from './helpers/start-server.ts';

const RESOURCES = 10_000;
const OPENS = 4;
const SAVES = 20;
const CSRF = { 'x-rampart-request': '1', 'content-type': 'application/json' };
const POLICY = 'sysdig_secure_custom_policy.p4';

/**
 * Issue #7's targets on a 10,000-resource workspace served by the production build:
 * (a) resource browser: navigation → first rows visible in real Chromium (target ≤ 1 s; the first
 * open also indexes the draft on the server), (b) form save round-trip: PUT → file written →
 * re-validated and re-indexed → response, median (target ≤ 100 ms), (c) initial JS of the
 * workspace (dashboard) route without Monaco, gzipped, from `.next` (target ≤ 300 KB).
 */
export default async function editingBenchmark(): Promise<Record<string, unknown>> {
  const source = benchRepo(RESOURCES);
  const server = await startServer();
  try {
    const created = await fetch(`${server.url}/api/workspaces`, {
      method: 'POST',
      headers: CSRF,
      body: JSON.stringify({ name: 'Bench', id: 'bench', source }),
    });
    if (created.status !== 201) throw new Error(`add workspace: ${created.status}`);
    // The index the browser loads (the first request also indexes the draft on the server).
    const indexUrl = `${server.url}/api/workspaces/bench/index?branch=main`;
    const indexTimes: number[] = [];
    let indexBytes = 0;
    for (let i = 0; i < 4; i += 1) {
      const started = performance.now();
      indexBytes = (await (await fetch(indexUrl)).arrayBuffer()).byteLength;
      indexTimes.push(performance.now() - started);
    }
    return {
      resources: RESOURCES,
      index: {
        firstMs: Math.round(indexTimes[0]!),
        warmMedianMs: Math.round(percentile(indexTimes.slice(1), 50)),
        kilobytes: Math.round(indexBytes / 1024),
      },
      browser: await browseBenchmark(server.url),
      save: await saveBenchmark(server.url),
      initialJs: initialJavaScript(),
    };
  } finally {
    await server.stop();
  }
}

async function browseBenchmark(url: string): Promise<Record<string, unknown>> {
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const runs: number[] = [];
    const pageClock: number[] = [];
    let breakdown: Record<string, number> = {};
    for (let i = 0; i < OPENS; i += 1) {
      const page = await (await browser.newContext()).newPage();
      // The page's own record of when the first row was attached, and of the frame that
      // painted it (the animation frame after the mutation, which paints it): no polling latency.
      await page.addInitScript(() => {
        const holder = window as unknown as {
          __firstRows?: { attachedMs: number; paintedMs?: number };
        };
        const observer = new MutationObserver(() => {
          if (holder.__firstRows || !document.querySelector('.virtual-row')) return;
          const record: { attachedMs: number; paintedMs?: number } = {
            attachedMs: performance.now(),
          };
          holder.__firstRows = record;
          observer.disconnect();
          requestAnimationFrame(() => {
            record.paintedMs = performance.now();
          });
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      const started = performance.now();
      // The resource browser's own address; rows need the draft's index.
      await page.goto(`${url}/w/bench?view=resources`, { waitUntil: 'commit' });
      await page.locator('.virtual-row').first().waitFor({ state: 'visible' });
      runs.push(performance.now() - started);
      // Where the time went, in the page's clock (0 = navigation start).
      breakdown = await page.evaluate(() => {
        const [navigation] = performance.getEntriesByType(
          'navigation',
        ) as PerformanceNavigationTiming[];
        const indexes = (
          performance.getEntriesByType('resource') as PerformanceResourceTiming[]
        ).filter((entry) => entry.name.includes('/index?'));
        const index = indexes[0];
        return {
          htmlMs: Math.round(navigation?.responseEnd ?? 0),
          loadEventMs: Math.round(navigation?.loadEventEnd ?? 0),
          indexRequestStartMs: Math.round(index?.startTime ?? -1),
          indexResponseEndMs: Math.round(index?.responseEnd ?? -1),
          rowsAttachedMs: Math.round(
            (window as unknown as { __firstRows?: { attachedMs: number } }).__firstRows
              ?.attachedMs ?? -1,
          ),
          rowsPaintedMs: Math.round(
            (window as unknown as { __firstRows?: { paintedMs?: number } }).__firstRows
              ?.paintedMs ?? -1,
          ),
          rowsSeenByBenchMs: Math.round(performance.now()),
          indexRequests: indexes.length,
        };
      });
      pageClock.push(breakdown.rowsPaintedMs!);
      const rows = await page.getByRole('status').filter({ hasText: ' of ' }).textContent();
      if (!rows?.includes(`of ${RESOURCES}`)) throw new Error(`browser shows "${rows}"`);
      await page.context().close();
    }
    const warm = runs.slice(1).sort((a, b) => a - b);
    const warmPage = pageClock.slice(1).sort((a, b) => a - b);
    return {
      // The page's own clock: navigation start → the frame that painted the first rows (the
      // first open is a fresh browser context: nothing cached).
      firstOpenMs: pageClock[0],
      warmMedianMs: warmPage[Math.floor(warmPage.length / 2)],
      // Measured from the bench (Playwright's goto → row found; includes Playwright's own
      // polling and round trips to the browser).
      benchClockFirstOpenMs: Math.round(runs[0]!),
      benchClockWarmMedianMs: Math.round(warm[Math.floor(warm.length / 2)]!),
      lastOpen: breakdown,
      targetMs: 1000,
    };
  } finally {
    await browser.close();
  }
}

async function saveBenchmark(url: string): Promise<Record<string, unknown>> {
  const resourceUrl = `${url}/api/workspaces/bench/resource?${new URLSearchParams({ branch: 'main', address: POLICY })}`;
  const form = (await (await fetch(resourceUrl)).json()) as { etag: string };
  let etag = form.etag;
  const times: number[] = [];
  for (let i = 0; i < SAVES; i += 1) {
    const started = performance.now();
    const response = await fetch(resourceUrl, {
      method: 'PUT',
      headers: CSRF,
      body: JSON.stringify({
        baseEtag: etag,
        changes: [{ op: 'set', path: [], attribute: 'severity', value: i % 2 === 0 ? 5 : 4 }],
      }),
    });
    const body = (await response.json()) as { etag: string };
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`save ${i}: ${response.status}`);
    etag = body.etag;
  }
  return {
    saves: SAVES,
    medianMs: Math.round(percentile(times, 50)),
    p95Ms: Math.round(percentile(times, 95)),
    targetMs: 100,
  };
}

// Scripts the browser loads up front for /w/[workspaceId]: the root main files and the layout's
// and page's entry chunks. Monaco is loaded later (next/dynamic, ssr: false); a Monaco chunk among
// them would be reported separately.
function initialJavaScript(): Record<string, unknown> {
  const next = path.resolve('.next');
  const build = JSON.parse(readFileSync(path.join(next, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };
  const holder = globalThis as { self?: unknown; __RSC_MANIFEST?: Record<string, unknown> };
  holder.self ??= globalThis;
  const manifestFile = path.join(
    next,
    'server/app/w/[workspaceId]/page_client-reference-manifest.js',
  );
  new Function(readFileSync(manifestFile, 'utf8'))();
  const manifest = holder.__RSC_MANIFEST?.['/w/[workspaceId]/page'] as {
    entryJSFiles: Record<string, string[]>;
  };
  const files = new Set([...build.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()]);
  let gzipped = 0;
  let monaco = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(next, file));
    const size = gzipSync(bytes).length;
    if (bytes.includes('monaco-editor') || bytes.includes('vs/editor/')) monaco += size;
    else gzipped += size;
  }
  return {
    files: files.size,
    gzippedKB: Math.round(gzipped / 1024),
    monacoGzippedKB: Math.round(monaco / 1024),
    targetKB: 300,
  };
}
