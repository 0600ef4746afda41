import { hashStable } from './hash-stable.ts';
import type { TLiveSnapshot } from './live-snapshot.ts';

/**
 * SHA-256 of the live snapshot's stable JSON (keys sorted at every depth): equal for equal live
 * state whatever the read order. Sensitive values take part (a changed secret is a changed state);
 * only their digest leaves this function. Pure.
 */
export function fingerprintLive(live: TLiveSnapshot): string {
  return hashStable(live);
}
