import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A Rampart server started for a benchmark: its URL, data dir and a stop function. */
export interface TBenchServer {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts `rampart serve` (production build, built when needed) on a free loopback port with a
 * fresh data dir, after `prepare(dataDir)`; resolves once /api/health answers.
 */
export async function startServer(
  prepare?: (dataDir: string) => Promise<void>,
): Promise<TBenchServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rampart-bench-'));
  if (prepare) await prepare(dataDir);
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/rampart.mjs', 'serve', '--port', String(port), '--data', dataDir],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`rampart serve exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error('rampart serve did not become ready in 5 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The p-th percentile (0–100) of `values` (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}
