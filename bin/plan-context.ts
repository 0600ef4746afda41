import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { getEnv } from '../lib/env.ts';
import { AppError } from '../lib/errors/app-error.ts';
import { fileBindings } from '../lib/runs/file-bindings.ts';
import { loadModuleDesired, type TModuleDesired } from '../lib/runs/load-module-desired.ts';
import { createSecureClient, type TSecureClient } from '../lib/secure/create-secure-client.ts';
import { resolveSecureBackend } from './resolve-secure-backend.ts';

/** Everything `rampart plan` and `rampart apply` share. */
export interface TPlanContext {
  dir: string;
  module: TModuleDesired;
  client: TSecureClient;
  bindings: ReturnType<typeof fileBindings>;
  stateFile: string;
  commit: string | null;
  lockDir: string;
}

/** The default state file of a module: `<dir>/.rampart/state.json` (keep it out of git). */
export function defaultStateFile(dir: string): string {
  return path.join(dir, '.rampart', 'state.json');
}

/**
 * Loads and validates the module, connects to the backend, and finds the bindings and the commit
 * (git HEAD of `dir` when it is a clean checkout). Throws AppError('INVALID_INPUT') listing the
 * module's errors: nothing is planned from invalid code.
 */
export async function loadPlanContext(
  dir: string,
  options: { state?: string; secureUrl?: string },
): Promise<TPlanContext> {
  const loaded = await loadModuleDesired(dir);
  if (loaded.hasErrors) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    throw new AppError('INVALID_INPUT', {
      message: `${dir} has ${errors.length} error(s); fix them first (rampart validate ${dir}):\n${errors.map((d) => `  ${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n')}`,
    });
  }
  const { baseUrl, token } = resolveSecureBackend(options.secureUrl);
  const stateFile = options.state ?? defaultStateFile(dir);
  return {
    dir,
    module: loaded,
    client: createSecureClient({ baseUrl, token }),
    bindings: fileBindings(stateFile, dir),
    stateFile,
    commit: headCommit(dir),
    lockDir: path.join(getEnv().dataDir, 'locks'),
  };
}

// The commit a plan comes from: HEAD, when the module folder is a clean git checkout.
function headCommit(dir: string): string | null {
  try {
    const run = (...args: string[]) =>
      execFileSync('git', ['-C', dir, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    if (run('status', '--porcelain', '--', '.') !== '') return null;
    return run('rev-parse', 'HEAD');
  } catch {
    return null;
  }
}
