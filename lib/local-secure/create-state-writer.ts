import 'server-only';
import { COLLECTIONS, stateFilePath, type TStatePart } from './state-files.ts';
import type { TrackedMap } from './tracked-map.ts';
import type { TCollectionName, TJsonObject, TLocalSecureData } from './types.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/** Writes the changed parts of the state. */
export interface TStateWriter {
  /** Writes every changed part atomically; concurrent callers share the next write (group commit). */
  persist(): Promise<void>;
  /** Resolves when no write is in flight or queued (never rejects). */
  flush(): Promise<void>;
}

/**
 * The persistence of one store: each part (meta, each collection) in its own file, rewritten only
 * when it changed (collections by revision, meta by content), each with temp file + rename.
 * Writes are serialized: while one is in flight, later callers share a single queued write.
 */
export function createStateWriter(
  dataDir: string,
  data: TLocalSecureData,
  collections: Record<TCollectionName, TrackedMap<number, TJsonObject>>,
): TStateWriter {
  // Stored objects are replaced on every write, never mutated, so each one's JSON is computed once.
  const cache = new WeakMap<TJsonObject, string>();
  const toJson = (object: TJsonObject): string => {
    let json = cache.get(object);
    if (json === undefined) {
      json = JSON.stringify(object);
      cache.set(object, json);
    }
    return json;
  };
  const writtenRevision = new Map<TCollectionName, number>();
  let writtenMeta = '';
  let inFlight: Promise<void> | undefined;
  let queued: Promise<void> | undefined;

  const writeNow = (): Promise<void> => {
    const writes: { part: TStatePart; content: string; onFailure: () => void }[] = [];
    const meta: Partial<TLocalSecureData> = { ...data };
    for (const name of COLLECTIONS) delete meta[name];
    const metaJson = JSON.stringify(meta);
    if (metaJson !== writtenMeta) {
      writtenMeta = metaJson;
      writes.push({ part: 'meta', content: metaJson, onFailure: () => (writtenMeta = '') });
    }
    for (const name of COLLECTIONS) {
      const map = collections[name];
      if (writtenRevision.get(name) === map.revision) continue;
      writtenRevision.set(name, map.revision);
      writes.push({
        part: name,
        content: `[${[...map.values()].map(toJson).join(',')}]`,
        onFailure: () => writtenRevision.delete(name),
      });
    }
    inFlight = Promise.all(
      writes.map((write) =>
        writeFileAtomic(stateFilePath(dataDir, write.part), write.content).catch(
          (error: unknown) => {
            write.onFailure();
            throw error;
          },
        ),
      ),
    )
      .then(() => undefined)
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  return {
    persist() {
      if (queued) return queued;
      if (!inFlight) return writeNow();
      queued = inFlight
        .catch(() => undefined)
        .then(() => {
          queued = undefined;
          return writeNow();
        });
      return queued;
    },
    flush: () => (queued ?? inFlight ?? Promise.resolve()).catch(() => undefined),
  };
}
