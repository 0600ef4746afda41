import type { Command } from 'commander';
import { serve } from '../../lib/server/serve.ts';

/** `rampart serve`: what `npm start` runs. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Serve Rampart (builds the web app on first start). Defaults to http://127.0.0.1:3000.',
    )
    .option('--host <host>', 'interface to listen on (env HOST, default 127.0.0.1)')
    .option('--port <port>', 'port to listen on (env PORT, default 3000)')
    .option('--data <dir>', 'data directory (env RAMPART_DATA_DIR, default ./.rampart-data)')
    .option('--no-build', 'serve the existing build as is (do not rebuild when sources changed)')
    .action(async (options: { host?: string; port?: string; data?: string; build: boolean }) => {
      // Flags override the environment; lib/env.ts validates the result for this process and
      // for the Next.js server running in it.
      if (options.host !== undefined) process.env.HOST = options.host;
      if (options.port !== undefined) process.env.PORT = options.port;
      if (options.data !== undefined) process.env.RAMPART_DATA_DIR = options.data;
      await serve({ isBuildChecked: options.build });
    });
}
