import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../helpers/shared-fixtures';
import { tempDir } from '../../helpers/test-repo';

const cli = path.resolve('bin/rampart.mjs');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, 'validate', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('[cli] rampart validate', () => {
  it('[cli] the sample workspace validates: exit 0, text like a compiler', () => {
    const result = run('lib/workspace/sample');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^14 resources, 0 errors, 0 warnings$/m);
  });

  it('[cli] the 2018 demo: exit 1, JSON with resources and the dangling reference', () => {
    const dir = sharedPath('fixtures', 'seed-2018', 'demo');
    const result = run(dir, '--format', 'json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      resources: { address: string; type: string; name: string; file: string; line: number }[];
      diagnostics: {
        severity: string;
        code: string;
        message: string;
        file: string;
        line: number;
        column: number;
        address?: string;
        attribute?: string;
      }[];
    };
    expect(report.resources).toHaveLength(4);
    expect(report.resources[0]).toEqual({
      address: 'sysdig_secure_notification_channel.elastic-search',
      type: 'sysdig_secure_notification_channel',
      name: 'elastic-search',
      file: path.join(dir, 'demo_notification_channels.tf'),
      line: 1,
    });
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'dangling-reference',
      file: path.join(dir, 'demo_policies.tf'),
      line: 15,
      column: 31,
      address: 'sysdig_secure_policy.terminal-shell-in-container',
      attribute: 'notification_channels',
    });
    const text = run(dir);
    expect(text.stdout).toContain(`${path.join(dir, 'demo_policies.tf')}:15:31: error: `);
  });

  it('[cli] usage errors exit 2', () => {
    expect(run('.', '--format', 'yaml').status).toBe(2);
    expect(run('--no-such-flag').status).toBe(2);
  });

  it('[cli] a missing directory is an error with one line', () => {
    const result = run(path.join(tempDir(), 'nope'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^rampart: .*nope is not a directory$/);
  });
});
