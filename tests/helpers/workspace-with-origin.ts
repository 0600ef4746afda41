import path from 'node:path';
import { parseEnv, setEnv } from '@/lib/env';
import { addWorkspace } from '@/lib/workspace/add-workspace';
import { git, tempDir, testRepo } from './test-repo';

/**
 * A bare "origin" repo made from a normal one holding `files`, and a fresh data dir (set as the
 * environment's) whose workspace `ws` clones it over file://. Returns the data dir, the origin's
 * path, the workspace's bare repo and its config.
 */
export async function workspaceWithOrigin(files: Record<string, string>) {
  const source = testRepo(files);
  const origin = path.join(tempDir(), 'origin.git');
  git(path.dirname(origin), 'clone', '--bare', '--quiet', source, origin);
  const dataDir = tempDir();
  setEnv(parseEnv({ RAMPART_DATA_DIR: dataDir }));
  const config = await addWorkspace(dataDir, {
    id: 'ws',
    name: 'WS',
    source: { kind: 'url', url: `file://${origin}` },
    backend: { kind: 'local' },
  });
  const repoDir = path.join(dataDir, 'workspaces', 'ws', 'repo.git');
  return { dataDir, origin, repoDir, config };
}
