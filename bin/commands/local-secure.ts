import { InvalidArgumentError, type Command } from 'commander';
import { startLocalSecureServer } from '../../lib/local-secure/start-local-secure-server.ts';

/** Hooks for tests: how the command waits before shutting down, and where it prints. */
export interface TLocalSecureCommandHooks {
  waitForStop?: () => Promise<void>;
  print?: (line: string) => void;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^[0-9]+$/.test(value) || port > 65535)
    throw new InvalidArgumentError('must be a port number between 0 and 65535');
  return port;
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/**
 * `rampart local-secure --port P --data DIR --token T`: runs the local Secure backend (spec §7,
 * both eras) until SIGINT/SIGTERM and prints `local Secure listening on http://127.0.0.1:P`.
 * A port in use or an unusable data dir fails with one line (AppError 'CONFIG', exit 1).
 */
export function registerLocalSecure(program: Command, hooks: TLocalSecureCommandHooks = {}): void {
  program
    .command('local-secure')
    .description(
      'Run the local Sysdig Secure-compatible backend (both API eras) for demos and tests.',
    )
    .option('--port <port>', 'TCP port to listen on (0 picks a free one)', parsePort, 4010)
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .requiredOption('--data <dir>', 'data directory (created and seeded on first start)')
    .requiredOption(
      '--token <token>',
      'API token clients must send as "Authorization: Bearer <token>"',
    )
    .option('--base-path <path>', 'path prefix to strip, e.g. /local-secure', '')
    .action(
      async (options: {
        port: number;
        host: string;
        data: string;
        token: string;
        basePath: string;
      }) => {
        const server = await startLocalSecureServer({
          port: options.port,
          host: options.host,
          dataDir: options.data,
          token: options.token,
          basePath: options.basePath,
        });
        (hooks.print ?? ((line: string) => process.stdout.write(`${line}\n`)))(
          `local Secure listening on ${server.url}`,
        );
        await (hooks.waitForStop ?? waitForSignal)();
        await server.close();
      },
    );
}
