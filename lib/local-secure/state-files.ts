import 'server-only';
import path from 'node:path';
import type { TCollectionName } from './types.ts';

/** The id-keyed collections, each persisted in its own file. */
export const COLLECTIONS: readonly TCollectionName[] = [
  'v1Policies',
  'channels',
  'v2Policies',
  'rules',
  'lists',
  'macros',
];

/** A persisted part of the state: the singletons (`meta`) or one collection. */
export type TStatePart = 'meta' | TCollectionName;

/** Path of one part's file in the data dir: `meta.json`, `rules.json`, …. */
export function stateFilePath(dataDir: string, part: TStatePart): string {
  return path.join(dataDir, `${part}.json`);
}
