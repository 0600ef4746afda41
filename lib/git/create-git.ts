import 'server-only';
import { simpleGit, type SimpleGit } from 'simple-git';
import { getChildProcessBaseEnv } from '../env.ts';

const ALLOWED_GIT_ENV = [
  'GIT_TERMINAL_PROMPT',
  'GIT_CONFIG_NOSYSTEM',
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
];

/**
 * A simple-git instance rooted at `dir`, never prompting and never running repo hooks
 * (a cloned repo's hooks are untrusted input), with a minimal environment.
 */
export function createGit(dir: string, extraEnv: Record<string, string> = {}): SimpleGit {
  return simpleGit({
    baseDir: dir,
    maxConcurrentProcesses: 4,
    config: ['core.hooksPath=/dev/null', 'core.quotePath=false', 'commit.gpgSign=false'],
    // simple-git refuses hooksPath overrides by default; ours is a constant that disables hooks.
    unsafe: { allowUnsafeHooksPath: true },
    // simple-git strips GIT_* variables unless named: these are the ones Rampart sets itself.
    allowEnvironment: ALLOWED_GIT_ENV,
  }).env({
    ...getChildProcessBaseEnv(),
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    LANG: 'C',
    ...extraEnv,
  });
}
