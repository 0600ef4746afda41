import 'server-only';
import { readFile } from 'node:fs/promises';
import { AppError } from '../errors/app-error.ts';
import { dataPaths } from './data-paths.ts';
import { ZWorkspaceConfig, ZWorkspaceId, type TWorkspaceConfig } from './workspace-config.ts';

/** Reads workspace.json of `workspaceId`. Throws AppError('NOT_FOUND') when there is no such workspace. */
export async function readWorkspaceConfig(
  dataDir: string,
  workspaceId: string,
): Promise<TWorkspaceConfig> {
  if (!ZWorkspaceId.safeParse(workspaceId).success) {
    throw new AppError('NOT_FOUND', { message: `no workspace "${workspaceId}"` });
  }
  const text = await readFile(dataPaths.workspaceConfig(dataDir, workspaceId), 'utf8').catch(
    () => null,
  );
  if (text === null) throw new AppError('NOT_FOUND', { message: `no workspace "${workspaceId}"` });
  return ZWorkspaceConfig.parse(JSON.parse(text));
}
