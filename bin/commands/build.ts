import type { Command } from 'commander';
import { buildWebApp } from '../../lib/server/build-web-app.ts';

/** `rampart build`: production build of the web app (what `serve` does on first start). */
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Build the web app for production (next build).')
    .option('--if-needed', 'skip the build when an up-to-date one exists')
    .action(async (options: { ifNeeded?: boolean }) => {
      await buildWebApp({ onlyIfNeeded: options.ifNeeded === true });
    });
}
