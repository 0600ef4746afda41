import 'server-only';
import { mkdir } from 'node:fs/promises';
import { buildSeedData } from './build-seed-data.ts';
import { createStateWriter } from './create-state-writer.ts';
import { loadState } from './load-state.ts';
import { COLLECTIONS } from './state-files.ts';
import { TrackedMap } from './tracked-map.ts';
import type { TCollectionName, TJsonObject, TLocalSecureData } from './types.ts';

/** The in-memory state of the emulator and its persistence. */
export interface TLocalSecureStore {
  /** Singletons and counters (user, priorities, user rules file, nextId, forward count). */
  data: TLocalSecureData;
  /** Id-keyed collections, in creation order. */
  collections: Record<TCollectionName, TrackedMap<number, TJsonObject>>;
  /** The next positive integer id (shared by all kinds, like one database sequence). */
  allocateId(): number;
  /**
   * Writes the changed parts of the state to disk atomically. Writes are serialized; callers that
   * arrive while a write is in flight share the next one (group commit), so every caller's change
   * is on disk when its promise resolves.
   */
  persist(): Promise<void>;
  /** Resolves when no write is in flight or queued (never rejects). */
  flush(): Promise<void>;
  /** Replaces the whole state with fresh seed data (in memory; call `persist` after). */
  reset(now: number): void;
}

/**
 * Loads the state from `dataDir` (created if absent; `meta.json` plus one JSON file per
 * collection), or seeds it on first start (spec §7 "Seed data") and writes it. Throws when a
 * state file exists but is not valid JSON (nothing is overwritten).
 */
export async function openStore(dataDir: string, now: number): Promise<TLocalSecureStore> {
  await mkdir(dataDir, { recursive: true });
  const loaded = await loadState(dataDir);
  const data: TLocalSecureData = loaded ?? buildSeedData(now);
  const collections = Object.fromEntries(
    COLLECTIONS.map((name) => [name, new TrackedMap<number, TJsonObject>()]),
  ) as Record<TCollectionName, TrackedMap<number, TJsonObject>>;
  const load = (source: TLocalSecureData): void => {
    Object.assign(data, source);
    for (const name of COLLECTIONS) {
      collections[name].clear();
      for (const object of source[name] ?? []) collections[name].set(Number(object.id), object);
      // The maps are the truth from here on; the arrays are only the load format.
      data[name] = [];
    }
  };
  load(data);
  const writer = createStateWriter(dataDir, data, collections);
  const store: TLocalSecureStore = {
    data,
    collections,
    allocateId: () => {
      const id = data.nextId;
      data.nextId += 1;
      return id;
    },
    persist: writer.persist,
    flush: writer.flush,
    reset: (resetAt) => load(buildSeedData(resetAt)),
  };
  if (!loaded) await store.persist();
  return store;
}
