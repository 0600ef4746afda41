import 'server-only';
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { createGit } from '../git/create-git.ts';
import type { TCloneSource } from '../git/parse-clone-source.ts';
import { dataPaths } from './data-paths.ts';
import { findRootModules } from '../terraform/find-root-modules.ts';
import type { TWorkspaceConfig } from './workspace-config.ts';

/** What a new workspace needs: where to clone from, a name, and optionally its root modules. */
export interface TAddWorkspaceRequest {
  id: string;
  name: string;
  source: TCloneSource;
  roots?: string[];
  backend: TWorkspaceConfig['backend'];
}

/**
 * Clones a repo (bare) into a new workspace, with `origin` kept for pushes. Detects the default
 * branch and, unless given, the root module folders (those holding .tf files). Throws
 * AppError('CONFLICT') when the id is taken, AppError('GIT') when the clone fails (message
 * without credentials).
 */
export async function addWorkspace(
  dataDir: string,
  request: TAddWorkspaceRequest,
): Promise<TWorkspaceConfig> {
  const finalDir = dataPaths.workspaceDir(dataDir, request.id);
  if (await exists(finalDir))
    throw new AppError('CONFLICT', { message: `a workspace "${request.id}" already exists` });
  await mkdir(dataPaths.workspacesDir(dataDir), { recursive: true });
  const staging = await mkdtemp(path.join(dataPaths.workspacesDir(dataDir), '.staging-'));
  try {
    const from = request.source.kind === 'url' ? request.source.url : request.source.path;
    if (request.source.kind === 'local-path' && !(await exists(request.source.path))) {
      throw new AppError('INVALID_INPUT', {
        message: `no directory ${request.source.path} on the server`,
      });
    }
    const repo = path.join(staging, 'repo.git');
    await createGit(staging)
      .raw(['clone', '--bare', '--quiet', '--no-hardlinks', '--', from, repo])
      .catch((cause: unknown) => {
        throw new AppError('GIT', {
          message: `git clone of ${request.source.kind === 'url' ? 'the URL' : from} failed`,
          userMessage: `Cloning failed: ${firstLine(cause)}. Check the URL and that the server can reach it.`,
          cause,
        });
      });
    const git = createGit(repo);
    await git.raw(['config', 'remote.origin.fetch', '+refs/heads/*:refs/remotes/origin/*']);
    await git.raw(['fetch', '--quiet', 'origin']).catch(() => undefined);
    const head = (
      await git.raw(['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '')
    ).trim();
    if (!head)
      throw new AppError('GIT', { message: 'the repository has no default branch (is it empty?)' });
    const files = (await git.raw(['ls-tree', '-r', '--name-only', '-z', 'HEAD']))
      .split('\0')
      .filter(Boolean);
    const config: TWorkspaceConfig = {
      id: request.id,
      name: request.name,
      description:
        request.source.kind === 'url'
          ? `Cloned from ${redactUrl(request.source.url)}`
          : `Opened from ${request.source.path}`,
      defaultBranch: head,
      roots: request.roots ?? findRootModules(files),
      backend: request.backend,
      createdAt: new Date().toISOString(),
    };
    await writeFile(path.join(staging, 'workspace.json'), `${JSON.stringify(config, null, 2)}\n`);
    await rename(staging, finalDir);
    return config;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

function firstLine(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  return redactUrl(text.split('\n').find((line) => line.trim()) ?? 'unknown error').slice(0, 300);
}

// Never echo credentials that may be part of a URL.
function redactUrl(text: string): string {
  return text.replace(/(\w+:\/\/)[^@/\s]+@/g, '$1[redacted]@');
}

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  );
}
