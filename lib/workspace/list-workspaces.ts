import 'server-only';
import { readdir } from 'node:fs/promises';
import { dataPaths } from './data-paths.ts';
import { readWorkspaceConfig } from './read-workspace-config.ts';
import type { TWorkspaceConfig } from './workspace-config.ts';

/** Every workspace of the data dir, sorted by name. Unreadable entries are skipped (and logged). */
export async function listWorkspaces(dataDir: string): Promise<TWorkspaceConfig[]> {
  const entries = await readdir(dataPaths.workspacesDir(dataDir), { withFileTypes: true }).catch(
    () => [],
  );
  const configs: TWorkspaceConfig[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const config = await readWorkspaceConfig(dataDir, entry.name).catch(() => null);
    if (config) configs.push(config);
  }
  return configs.sort((a, b) => a.name.localeCompare(b.name));
}
