import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalSecureServer } from '@/lib/local-secure/start-local-secure-server';
import { tempDir } from '../../helpers/test-repo';

const cli = path.resolve('bin/rampart.mjs');
let server: Awaited<ReturnType<typeof startLocalSecureServer>>;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  server = await startLocalSecureServer({ dataDir: tempDir(), token: 'cli-token', port: 0 });
  dir = path.join(tempDir(), 'current');
  cpSync(path.resolve('lib/workspace/sample/current'), dir, { recursive: true });
  env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NODE_ENV: 'test',
    SYSDIG_SECURE_URL: server.url,
    SYSDIG_SECURE_API_TOKEN: 'cli-token',
    RAMPART_DATA_DIR: tempDir(),
  };
});
afterAll(async () => server.close());

// Asynchronous on purpose: the local Secure backend runs in this process and must keep answering.
function runWith(
  runEnv: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { encoding: 'utf8', env: runEnv, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({
          status: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          stderr,
        });
      },
    );
  });
}
const run = (...args: string[]) => runWith(env, ...args);

describe('[cli] rampart plan and apply', () => {
  it('[cli] plan --detailed-exitcode exits 2 with changes; apply --plan applies; then exit 0', async () => {
    const planFile = path.join(tempDir(), 'plan.json');
    const first = await run('plan', dir, '--detailed-exitcode', '--out', planFile);
    expect(first.status).toBe(2);
    expect(first.stdout).toMatch(/Plan: 7 to add, 1 to change, 0 to destroy, 1 to import\./);
    expect(JSON.parse(readFileSync(planFile, 'utf8')).resource_changes.length).toBeGreaterThan(5);
    const applied = await run('apply', dir, '--plan', planFile);
    expect(applied.status).toBe(0);
    expect(applied.stdout).toContain('Apply complete');
    const again = await run('plan', dir, '--detailed-exitcode');
    expect(again.stdout).toContain('No changes.');
    expect(again.status).toBe(0);
    // Every plan and apply is in the audit log, the apply with its per-step outcome.
    const audit = readFileSync(path.join(env.RAMPART_DATA_DIR!, 'audit.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { action: string; detail: Record<string, unknown> });
    expect(audit.map((e) => e.action)).toEqual(['plan', 'apply', 'plan']);
    expect(audit[1]!.detail).toMatchObject({
      status: 'succeeded',
      planHash: JSON.parse(readFileSync(planFile, 'utf8')).contentHash,
      failed: 0,
      notStarted: 0,
    });
  });

  it('[cli] apply with a stale plan is refused (exit 1, one clear line)', async () => {
    const planFile = path.join(tempDir(), 'plan.json');
    const file = path.join(dir, 'policies.tf');
    writeFileSync(file, readFileSync(file, 'utf8').replace('severity    = 2', 'severity    = 6'));
    expect((await run('plan', dir, '--out', planFile)).status).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('severity    = 6', 'severity    = 7'));
    const refused = await run('apply', dir, '--plan', planFile);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(
      'rampart: Secure or the code changed since this plan was made, so it was not applied. Run a new plan and review it.',
    );
  });

  it('[cli] usage and configuration errors', async () => {
    expect((await run('apply', dir)).status).toBe(2);
    expect((await run('plan', dir, '--format', 'xml')).status).toBe(2);
    const noBackend = await runWith(
      { ...env, SYSDIG_SECURE_URL: '', SYSDIG_SECURE_API_TOKEN: '' },
      'plan',
      dir,
    );
    expect(noBackend.status).toBe(1);
    expect(noBackend.stderr.trim()).toBe(
      'rampart: no Secure backend: pass --secure-url URL or set SYSDIG_SECURE_URL',
    );
    const invalid = await run('plan', path.resolve('../shared/fixtures/seed-2018/demo'));
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('demo_policies.tf:15:31');
  });
});
