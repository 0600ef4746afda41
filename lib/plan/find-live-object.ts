import type { TApiFamily } from '../sysdig/index.ts';
import type { TLiveSnapshot } from './live-snapshot.ts';

/** Id under which the singletons (priorities, user rules file) are claimed. */
export const SINGLETON_ID = 'singleton';

/**
 * The live object of `family` with `id`, or undefined when Secure has none (a 404). Singleton
 * families ignore `id`: the backend holds exactly one. Pure.
 */
export function findLiveObject(live: TLiveSnapshot, family: TApiFamily, id: string): unknown {
  if (family === 'priorities') return live.priorities ?? undefined;
  if (family === 'user-rules-file') return live.userRulesFile ?? undefined;
  const objects = live.objects[family];
  return Object.prototype.hasOwnProperty.call(objects, id) ? objects[id] : undefined;
}
