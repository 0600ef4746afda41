import type { TApiFamily } from '../sysdig/index.ts';
import { SINGLETON_ID } from './find-live-object.ts';

/** The key a live object is claimed under (by a binding, an adoption or a delete). */
export function claimKey(family: TApiFamily, id: string): string {
  return family === 'priorities' || family === 'user-rules-file'
    ? `${family}:${SINGLETON_ID}`
    : `${family}:${id}`;
}
