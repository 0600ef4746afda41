import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/test-repo';

const cli = path.resolve('bin/rampart.mjs');

function runCli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'test',
      ...env,
    },
  });
}

describe('[cli] rampart serve explains bad settings in one line', () => {
  it('[cli] an occupied port exits 1 with one line, no stack trace', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const result = runCli(['serve', '--port', String(port), '--data', tempDir()]);
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(
        `rampart: port ${port} on 127.0.0.1 is already in use; stop the other process or choose another port with --port or PORT`,
      );
    } finally {
      blocker.close();
    }
  });

  it('[cli] a data dir that is a file exits 1 with one line', () => {
    const file = path.join(tempDir(), 'not-a-dir');
    writeFileSync(file, 'x');
    const result = runCli(['serve', '--port', '1'], { RAMPART_DATA_DIR: file });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`RAMPART_DATA_DIR ${file} is not a directory`);
  });

  it('[cli] a data dir under a file exits 1 with one line', () => {
    const file = path.join(tempDir(), 'file');
    writeFileSync(file, 'x');
    const result = runCli(['serve'], { RAMPART_DATA_DIR: path.join(file, 'sub') });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^rampart: RAMPART_DATA_DIR .* cannot be used \(a parent is not a directory\); choose a writable directory$/,
    );
  });

  it('[cli] a bad PORT exits 1 naming the variable', () => {
    const result = runCli(['serve'], { PORT: 'eighty' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('rampart: invalid configuration: PORT must be a number');
  });

  it('[cli] listening beyond loopback with no account is refused', () => {
    const result = runCli(['serve', '--host', '0.0.0.0', '--port', '1', '--data', tempDir()]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^rampart: refusing to listen on 0\.0\.0\.0 with no accounts .*rampart user add/,
    );
  });

  it('[cli] rampart user add/list/passwd/remove manage accounts', () => {
    const data = tempDir();
    const add = spawnSync(
      process.execPath,
      [cli, 'user', '--data', data, 'add', 'dana', '--role', 'approver', '--password-stdin'],
      {
        input: 'dana-password-1\n',
        encoding: 'utf8',
      },
    );
    expect(add.stderr).toBe('');
    expect(add.stdout).toBe('added dana (approver)\n');
    expect(runCli(['user', '--data', data, 'list']).stdout).toMatch(/^dana\tapprover\t/);
    const bad = spawnSync(
      process.execPath,
      [cli, 'user', '--data', data, 'add', 'eve', '--role', 'root', '--password-stdin'],
      {
        input: 'eve-password-1\n',
        encoding: 'utf8',
      },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe(
      'rampart: --role must be one of viewer, editor, approver, admin (got "root")',
    );
    expect(runCli(['user', '--data', data, 'remove', 'dana']).stdout).toBe('removed dana\n');
    expect(runCli(['user', '--data', data, 'remove', 'dana']).status).toBe(1);
  });

  it('[cli] --help works on every command; an unknown command is a usage error (exit 2)', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    const commands = [...help.stdout.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)]
      .map((m) => m[1])
      .filter((c) => c !== 'help');
    expect(commands).toContain('serve');
    for (const command of commands) {
      const result = runCli([command!, '--help']);
      expect(result.status, command).toBe(0);
      expect(result.stdout, command).toContain(`Usage: rampart ${command}`);
    }
    expect(runCli(['no-such-command']).status).toBe(2);
  });
});
