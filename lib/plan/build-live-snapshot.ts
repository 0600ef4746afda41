import { emptyLiveSnapshot } from './empty-live-snapshot.ts';
import type { TLiveSnapshot } from './live-snapshot.ts';

/** Live state as read lists (the shape of lib/secure's `readAllSnapshot` result). */
export interface TLiveLists {
  readonly v1Policies?: readonly unknown[];
  readonly v2Policies?: readonly unknown[];
  readonly channels?: readonly unknown[];
  readonly rules?: readonly unknown[];
  readonly lists?: readonly unknown[];
  readonly macros?: readonly unknown[];
  /** name → rules of that name (`/api/secure/rules/groups`), merged into `rules`. */
  readonly rulesByName?: Readonly<Record<string, readonly unknown[]>>;
  readonly priorities?: unknown;
  readonly userRulesFile?: unknown;
  readonly currentTeamId?: number | null;
}

/**
 * The normalised TLiveSnapshot of read lists: objects keyed by their `id` in decimal (objects
 * without an id are dropped), wrappers (`{"policy": …}`, `{"notificationChannel": …}`) removed.
 * Pure.
 */
export function buildLiveSnapshot(lists: TLiveLists): TLiveSnapshot {
  const snapshot = emptyLiveSnapshot();
  const put = (family: keyof TLiveSnapshot['objects'], items: readonly unknown[] | undefined) => {
    for (const item of items ?? []) {
      const object = unwrapOne(item);
      const id = (object as { id?: unknown }).id;
      if (typeof id === 'number' || (typeof id === 'string' && id !== ''))
        snapshot.objects[family][String(id)] = object;
    }
  };
  put('v1-policy', lists.v1Policies);
  put('v2-policy', lists.v2Policies);
  put('notification-channel', lists.channels);
  put('rule', lists.rules);
  put('rule', Object.values(lists.rulesByName ?? {}).flat());
  put('list', lists.lists);
  put('macro', lists.macros);
  if (lists.priorities !== undefined && lists.priorities !== null)
    snapshot.priorities = unwrapOne(lists.priorities);
  if (lists.userRulesFile !== undefined && lists.userRulesFile !== null)
    snapshot.userRulesFile = unwrapOne(lists.userRulesFile);
  if (lists.currentTeamId !== undefined) snapshot.currentTeamId = lists.currentTeamId;
  return snapshot;
}

const WRAPPERS = ['policy', 'notificationChannel', 'priorities', 'userRulesFile'];

function unwrapOne(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && WRAPPERS.includes(keys[0] ?? ''))
    return unwrapOne(record[keys[0] ?? '']);
  return record;
}
