import 'server-only';
import { cp, mkdtemp, rm, stat, writeFile, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGit } from '../git/create-git.ts';
import { dataPaths } from './data-paths.ts';
import type { TWorkspaceConfig } from './workspace-config.ts';

/** The id of the sample workspace created on first start. */
export const SAMPLE_WORKSPACE_ID = 'sample';

const sampleSourceDir = fileURLToPath(new URL('./sample/', import.meta.url));

/**
 * On first start (no sample yet), creates the sample workspace: a real git repo (branch `main`,
 * one initial commit) with both provider eras. Idempotent: an existing sample is left as is, so
 * restarts keep the data; a half-created one (crash before workspace.json) is rebuilt.
 */
export async function ensureSampleWorkspace(dataDir: string): Promise<void> {
  const workspaceDir = dataPaths.workspaceDir(dataDir, SAMPLE_WORKSPACE_ID);
  if (await exists(dataPaths.workspaceConfig(dataDir, SAMPLE_WORKSPACE_ID))) return;
  await rm(workspaceDir, { recursive: true, force: true });
  await mkdir(dataPaths.workspacesDir(dataDir), { recursive: true });

  // Build everything in a staging dir, then rename: the sample appears whole or not at all.
  const staging = await mkdtemp(path.join(dataPaths.workspacesDir(dataDir), '.staging-'));
  try {
    const source = path.join(staging, 'source');
    await cp(sampleSourceDir, source, { recursive: true });
    const git = createGit(source, {
      GIT_AUTHOR_NAME: 'Rampart',
      GIT_AUTHOR_EMAIL: 'rampart@localhost',
      GIT_COMMITTER_NAME: 'Rampart',
      GIT_COMMITTER_EMAIL: 'rampart@localhost',
    });
    await git.init(['--initial-branch=main']);
    await git.add(['--all']);
    await git.commit('Sample workspace: Sysdig Secure runtime security as code');
    await createGit(staging).raw([
      'clone',
      '--bare',
      '--quiet',
      '--',
      source,
      path.join(staging, 'repo.git'),
    ]);
    await createGit(path.join(staging, 'repo.git')).raw(['remote', 'remove', 'origin']);
    await rm(source, { recursive: true, force: true });
    const config: TWorkspaceConfig = {
      id: SAMPLE_WORKSPACE_ID,
      name: 'Sample workspace',
      description: 'Both eras of the sysdig provider: legacy-2018/ and current/.',
      defaultBranch: 'main',
      roots: ['legacy-2018', 'current'],
      backend: { kind: 'local' },
      createdAt: new Date().toISOString(),
    };
    await writeFile(path.join(staging, 'workspace.json'), `${JSON.stringify(config, null, 2)}\n`);
    await rename(staging, workspaceDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
