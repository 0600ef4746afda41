import 'server-only';

// One map per process, even if bundling duplicates this module (Next may load route chunks apart).
const LOCKS_KEY = Symbol.for('rampart.keyed-locks');
const globalWithLocks = globalThis as typeof globalThis & {
  [LOCKS_KEY]?: Map<string, Promise<unknown>>;
};
const locks = (globalWithLocks[LOCKS_KEY] ??= new Map<string, Promise<unknown>>());

/**
 * Runs `task` after every earlier task holding `key` has settled: a per-key mutex within this
 * process (check-then-write of a file, creating a worktree, committing).
 */
export async function withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = locks.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  locks.set(key, settled);
  try {
    return await run;
  } finally {
    if (locks.get(key) === settled) locks.delete(key);
  }
}
