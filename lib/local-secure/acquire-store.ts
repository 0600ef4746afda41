import 'server-only';
import path from 'node:path';
import { openStore, type TLocalSecureStore } from './open-store.ts';

interface TShared {
  store: Promise<TLocalSecureStore>;
  users: number;
}

const SHARED = new Map<string, TShared>();

/**
 * The one store of `dataDir` in this process: instances on the same directory (e.g. a Next.js
 * mount re-created by hot reload, plus a CLI server in tests) share memory and one serialized
 * writer instead of overwriting each other's file. Returns the store and a `release` that drops
 * this user's reference; the last release waits for pending writes and forgets the store, so a
 * later acquire re-reads the disk.
 */
export function acquireStore(
  dataDir: string,
  now: number,
): { store: Promise<TLocalSecureStore>; release: () => Promise<void> } {
  const key = path.resolve(dataDir);
  let shared = SHARED.get(key);
  if (!shared) {
    shared = { store: openStore(key, now), users: 0 };
    SHARED.set(key, shared);
    // A failed open is not cached: the next acquire tries again.
    shared.store.catch(() => SHARED.delete(key));
  }
  shared.users += 1;
  const entry = shared;
  let isReleased = false;
  return {
    store: entry.store,
    release: async () => {
      if (isReleased) return;
      isReleased = true;
      entry.users -= 1;
      if (entry.users > 0) return;
      if (SHARED.get(key) === entry) SHARED.delete(key);
      await entry.store.then((store) => store.flush()).catch(() => undefined);
    },
  };
}
