import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerLocalSecure } from '../../../bin/commands/local-secure.ts';

function program(
  hooks: Parameters<typeof registerLocalSecure>[1],
  writeOut?: (text: string) => void,
): Command {
  const command = new Command().name('rampart').exitOverride();
  if (writeOut) command.configureOutput({ writeOut });
  registerLocalSecure(command, hooks);
  return command;
}

describe('[local-secure] rampart local-secure command', () => {
  it('[local-secure] prints one listening line and serves until stopped', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'rampart-local-secure-'));
    const lines: string[] = [];
    let stop = (): void => undefined;
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    let listening = (): void => undefined;
    const isListening = new Promise<void>((resolve) => {
      listening = resolve;
    });
    const run = program({
      print: (line) => {
        lines.push(line);
        listening();
      },
      waitForStop: () => stopped,
    }).parseAsync([
      'node',
      'rampart',
      'local-secure',
      '--port',
      '0',
      '--data',
      dataDir,
      '--token',
      'cli-token',
    ]);
    await isListening;
    expect(lines).toHaveLength(1);
    const match = /^local Secure listening on (http:\/\/127\.0\.0\.1:[0-9]+)$/.exec(lines[0] ?? '');
    expect(match).not.toBeNull();
    const response = await fetch(`${match?.[1] ?? ''}/api/users/me`, {
      headers: { authorization: 'Bearer cli-token' },
    });
    expect(response.status).toBe(200);
    stop();
    await run;
    await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });

  it('[local-secure] a port in use fails with a one-line CONFIG error', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const dataDir = await mkdtemp(path.join(tmpdir(), 'rampart-local-secure-'));
    const run = program({ waitForStop: () => Promise.resolve() }).parseAsync([
      'node',
      'rampart',
      'local-secure',
      '--port',
      String(port),
      '--data',
      dataDir,
      '--token',
      't',
    ]);
    await expect(run).rejects.toMatchObject({
      code: 'CONFIG',
      message: `local Secure: cannot listen on 127.0.0.1:${port}: port ${port} is already in use`,
    });
    blocker.close();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });

  it('[local-secure] --help describes the options', async () => {
    let output = '';
    const command = program({}, (text) => (output += text));
    await expect(
      command.parseAsync(['node', 'rampart', 'local-secure', '--help']),
    ).rejects.toMatchObject({ exitCode: 0 });
    expect(output).toContain('--port <port>');
    expect(output).toContain('--data <dir>');
    expect(output).toContain('--token <token>');
  });
});
