import { isSysdigOwned } from './is-sysdig-owned.ts';
import type { TClassification } from './types.ts';

/**
 * `type` for a Falco rule, list or macro of the user's; a `sysdig-owned` skip for built-in content
 * (see `isSysdigOwned`: an origin other than "Secure UI"), which Sysdig manages and updates. Pure.
 */
export function classifyFalcoContent(
  object: Record<string, unknown>,
  type: string,
): TClassification {
  if (!isSysdigOwned(object)) return { kind: 'import', type };
  return {
    kind: 'skip',
    code: 'sysdig-owned',
    reason: `Sysdig-owned (origin ${JSON.stringify(object.origin)}); not the user's to manage`,
  };
}
