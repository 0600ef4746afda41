import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { expect } from './fixtures';

/** The header every mutating API call needs (CSRF). */
export const CSRF = { 'x-rampart-request': '1' };

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Other',
  GIT_AUTHOR_EMAIL: 'o@e',
  GIT_COMMITTER_NAME: 'Other',
  GIT_COMMITTER_EMAIL: 'o@e',
};

/** Runs git in `cwd` as "Other" (someone who is not the Rampart user); returns stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' });
}

/**
 * A bare repo (the future `origin`) whose main branch holds `folders` of Rampart's sample
 * workspace (`lib/workspace/sample/`), plus a README. Returns the temp root and the bare repo.
 */
export function sampleOrigin(folders: string[]): { root: string; origin: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'rampart-origin-'));
  const seed = path.join(root, 'seed');
  for (const folder of folders)
    cpSync(path.resolve('lib/workspace/sample', folder), path.join(seed, folder), {
      recursive: true,
    });
  cpSync(path.resolve('lib/workspace/sample/README.md'), path.join(seed, 'README.md'));
  return { root, origin: publishSeed(root, seed) };
}

/**
 * A bare repo (the future `origin`) whose main branch holds `files` (path → content) in one
 * commit by "Other". Returns the temp root and the bare repo.
 */
export function filesOrigin(files: Record<string, string>): { root: string; origin: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'rampart-origin-'));
  const seed = path.join(root, 'seed');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(seed, name)), { recursive: true });
    writeFileSync(path.join(seed, name), content);
  }
  return { root, origin: publishSeed(root, seed) };
}

// Commits the folder `seed` as main and clones it bare to `<root>/origin.git`.
function publishSeed(root: string, seed: string): string {
  git(seed, 'init', '--quiet', '--initial-branch=main');
  git(seed, 'add', '--all');
  git(seed, 'commit', '--quiet', '-m', 'initial');
  const origin = path.join(root, 'origin.git');
  git(root, 'clone', '--bare', '--quiet', seed, origin);
  return origin;
}

/** Adds a workspace cloned from `origin` (a bare repo path) with the given root folders. */
export async function addOriginWorkspace(
  request: APIRequestContext,
  id: string,
  origin: string,
  roots?: string[],
): Promise<void> {
  const created = await request.post('/api/workspaces', {
    headers: CSRF,
    data: { name: id, id, source: `file://${origin}`, ...(roots ? { roots } : {}) },
  });
  expect(created.status(), await created.text()).toBe(201);
}

/**
 * Plans and applies the committed draft of `workspace` through the API and waits for the apply
 * to finish: a baseline where Secure matches the code (live objects adopted or created).
 */
export async function applyThroughApi(
  request: APIRequestContext,
  workspace: string,
  branch = 'main',
): Promise<void> {
  const base = `/api/workspaces/${workspace}`;
  const planned = await request.post(`${base}/plans?branch=${branch}`, { headers: CSRF });
  expect(planned.status(), await planned.text()).toBe(201);
  const { plan } = (await planned.json()) as { plan: { contentHash: string } };
  const started = await request.post(`${base}/applies?branch=${branch}`, {
    headers: CSRF,
    data: { planHash: plan.contentHash },
  });
  expect(started.status(), await started.text()).toBe(202);
  const { runId } = (await started.json()) as { runId: string };
  await expect
    .poll(
      async () => {
        const { runs } = (await (await request.get(`${base}/runs`)).json()) as {
          runs: { id: string; kind: string; status: string }[];
        };
        return runs.find((r) => r.kind === 'apply' && r.id === runId)?.status;
      },
      { timeout: 30_000 },
    )
    .toBe('succeeded');
}
