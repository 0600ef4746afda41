import 'server-only';
import { readFile } from 'node:fs/promises';
import { COLLECTIONS, stateFilePath } from './state-files.ts';
import type { TJsonObject, TLocalSecureData } from './types.ts';

async function readJson(filePath: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(filePath, 'utf8')) as unknown;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${filePath}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/**
 * Reads the state files of `dataDir`: `meta.json` plus one file per collection (a missing
 * collection file is an empty collection). Returns `undefined` when there is no `meta.json`
 * (first start). `nextId` is raised past every stored id, so ids stay unique even if a crash
 * landed between two files' writes. Throws when a file is not valid JSON.
 */
export async function loadState(dataDir: string): Promise<TLocalSecureData | undefined> {
  const meta = (await readJson(stateFilePath(dataDir, 'meta'))) as TLocalSecureData | undefined;
  if (meta === undefined) return undefined;
  const data: TLocalSecureData = { ...meta };
  let maxId = 0;
  for (const name of COLLECTIONS) {
    const objects = ((await readJson(stateFilePath(dataDir, name))) ?? []) as TJsonObject[];
    data[name] = objects;
    for (const object of objects) maxId = Math.max(maxId, Number(object.id) || 0);
  }
  data.nextId = Math.max(Number(meta.nextId) || 1, maxId + 1);
  return data;
}
