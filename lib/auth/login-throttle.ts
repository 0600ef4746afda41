import 'server-only';

const FREE_ATTEMPTS = 5;
const MAX_LOCK_MS = 15 * 60 * 1000;

interface TAttempts {
  failures: number;
  lockedUntil: number;
}

const KEY = Symbol.for('rampart.login-throttle');
const holder = globalThis as typeof globalThis & { [KEY]?: Map<string, TAttempts> };
const attempts = (holder[KEY] ??= new Map<string, TAttempts>());

/**
 * Milliseconds the caller must still wait before another sign-in attempt for `key`
 * (username + client address); 0 when allowed.
 */
export function loginWaitMs(key: string, now = Date.now()): number {
  const entry = attempts.get(key);
  return entry ? Math.max(0, entry.lockedUntil - now) : 0;
}

/**
 * Records a failed attempt: after 5 failures each further one locks the key for twice as long as
 * the last (1 s, 2 s, 4 s … up to 15 minutes).
 */
export function recordLoginFailure(key: string, now = Date.now()): void {
  const entry = attempts.get(key) ?? { failures: 0, lockedUntil: 0 };
  entry.failures += 1;
  if (entry.failures >= FREE_ATTEMPTS) {
    entry.lockedUntil = now + Math.min(MAX_LOCK_MS, 1000 * 2 ** (entry.failures - FREE_ATTEMPTS));
  }
  attempts.set(key, entry);
}

/** Clears the record after a successful sign-in. */
export function recordLoginSuccess(key: string): void {
  attempts.delete(key);
}
