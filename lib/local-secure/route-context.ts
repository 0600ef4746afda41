import 'server-only';
import type { TLocalSecureStore } from './open-store.ts';
import type { TBodyResult } from './read-json-body.ts';
import type { TJsonObject, TLocalSecureSwitches } from './types.ts';

/** What every endpoint handler receives. */
export interface TRouteContext {
  method: string;
  /** Path without the base path, e.g. `/api/v2/policies/12`. */
  path: string;
  /** `path` split on `/`, empty parts dropped. */
  segments: string[];
  query: URLSearchParams;
  store: TLocalSecureStore;
  switches: TLocalSecureSwitches;
  /** Epoch ms of this request. */
  now: number;
  readBody(): Promise<TBodyResult>;
}

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is TJsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses a positive integer id path segment; `undefined` when it is not one. */
export function parseId(segment: string | undefined): number | undefined {
  if (segment === undefined || !/^[1-9][0-9]{0,15}$/.test(segment)) return undefined;
  return Number(segment);
}
