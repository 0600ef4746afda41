import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SECRETS, seedImportBackend, type TSeededBackend } from './seed-import-backend.ts';

const CLI = path.resolve('bin/rampart.mjs');

/** Runs the CLI without blocking this process (the local Secure answers from it). */
function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: {
        NODE_ENV: 'test',
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        RAMPART_DATA_DIR: path.join(root, 'data'),
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let backend: TSeededBackend;
let root: string;

beforeAll(async () => {
  backend = await seedImportBackend();
  root = await mkdtemp(path.join(tmpdir(), 'rampart-import-cli-'));
});

afterAll(async () => {
  await backend?.dispose();
  if (root) await rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

describe('[import] rampart import', () => {
  test('[import] writes the module and prints the summary; --secure-url overrides SYSDIG_SECURE_URL', async () => {
    const out = path.join(root, 'module');
    const env = { SYSDIG_SECURE_API_TOKEN: backend.token, SYSDIG_SECURE_URL: 'http://127.0.0.1:9' };
    const args = [
      'import',
      '--out',
      out,
      '--secure-url',
      backend.url,
      '--list-id',
      String(backend.ids.list),
      '--macro-id',
      String(backend.ids.macro),
    ];
    const run = await runCli(args, env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `^imported 14 resources into ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; skipped \\d+ \\(\\d+ sysdig-owned, 1 template-policy\\)\\n`,
      ),
    );
    expect(run.stdout).toContain('"From template": instantiated from policy template 7');
    expect(run.stdout).toContain('set the 4 sensitive variables');
    expect(readdirSync(out).sort()).toEqual([
      'channels.tf',
      'imports.tf',
      'policies.tf',
      'rules.tf',
      'terraform.tfvars.example',
      'variables.tf',
      'versions.tf',
    ]);
    const written = readdirSync(out)
      .map((file) => readFileSync(path.join(out, file), 'utf8'))
      .join('\n');
    expect(written).toContain('resource "sysdig_secure_custom_policy" "shell_policy"');
    const audit = readFileSync(path.join(root, 'data', 'audit.log'), 'utf8');
    expect(audit).toContain(`"action":"import","target":${JSON.stringify(out)}`);
    expect(audit).not.toContain(backend.token);
    for (const secret of [...Object.values(SECRETS), backend.token])
      expect(written).not.toContain(secret);

    const refused = await runCli(args, env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /^rampart: .*module is not empty \(it has channels\.tf, .*\): choose an empty folder, or pass --force/,
    );
    const forced = await runCli([...args, '--force'], env);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toMatch(/^imported 14 resources/);
  });

  test('[import] refuses a non-empty folder without --force before reading Secure files into it', async () => {
    const out = path.join(root, 'busy');
    await rm(out, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    await runCli(
      ['import', '--out', out, '--secure-url', backend.url, '--type', 'sysdig_secure_list'],
      { SYSDIG_SECURE_API_TOKEN: backend.token, SYSDIG_SECURE_URL: backend.url },
    );
    await writeFile(path.join(out, 'main.tf'), '# mine\n');
    const run = await runCli(['import', '--out', out, '--type', 'sysdig_secure_macro'], {
      SYSDIG_SECURE_API_TOKEN: backend.token,
      SYSDIG_SECURE_URL: backend.url,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is not empty');
    expect(readFileSync(path.join(out, 'main.tf'), 'utf8')).toBe('# mine\n');
  });

  test('[import] --type limits the import; an unknown type is refused with the valid ones', async () => {
    const out = path.join(root, 'channels-only');
    const env = { SYSDIG_SECURE_API_TOKEN: backend.token, SYSDIG_SECURE_URL: backend.url };
    const run = await runCli(
      [
        'import',
        '--out',
        out,
        '--type',
        'sysdig_secure_notification_channel_email',
        '--type',
        'sysdig_secure_notification_channel_slack',
      ],
      env,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^imported 2 resources into .*; skipped 0\n/);
    const bad = await runCli(
      ['import', '--out', path.join(root, 'bad'), '--type', 'sysdig_secure_policy'],
      env,
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(
      'Cannot import sysdig_secure_policy: choose among sysdig_secure_notification_channel_email',
    );
    expect(existsSync(path.join(root, 'bad'))).toBe(false);
  });

  test('[import] without a configured backend it says which variables to set', async () => {
    const run = await runCli(['import', '--out', path.join(root, 'none')], {});
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'rampart: no Secure backend: pass --secure-url URL or set SYSDIG_SECURE_URL',
    );
  });
});
