import type { TLiveSnapshot } from './live-snapshot.ts';

/** An empty live snapshot (nothing in Secure). */
export function emptyLiveSnapshot(): TLiveSnapshot {
  return {
    objects: {
      'v1-policy': {},
      'v2-policy': {},
      'notification-channel': {},
      rule: {},
      list: {},
      macro: {},
    },
  };
}
