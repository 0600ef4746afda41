import 'server-only';
import { respondError } from './respond-error.ts';
import type { TRouteContext } from './route-context.ts';
import type { TJsonObject } from './types.ts';

/**
 * Optimistic concurrency of spec §6.1: an update whose `version` is present and differs from the
 * stored one gets 409 with `{"errors":[{"reason":"Conflict","message":"<Kind> <id> has been
 * modified: expected version <stored>, got <sent>"}]}`. An absent version is accepted unless the
 * `requireVersionOnUpdate` switch is on (§11.1). Returns the error response, or `undefined`.
 */
export function checkVersion(
  context: TRouteContext,
  kind: string,
  id: number | string,
  stored: TJsonObject,
  incoming: TJsonObject,
): Response | undefined {
  const sent = incoming.version;
  if (sent === undefined || sent === null || sent === 0) {
    if (context.switches.requireVersionOnUpdate) {
      return respondError(400, 'Invalid request', `${kind} ${id}: "version" is required on update`);
    }
    return undefined;
  }
  if (typeof sent !== 'number' || !Number.isInteger(sent)) {
    return respondError(400, 'Invalid request', `${kind} ${id}: "version" must be an integer`);
  }
  if (sent !== stored.version && context.switches.conflictOnStaleVersion) {
    return respondError(
      409,
      'Conflict',
      `${kind} ${id} has been modified: expected version ${String(stored.version)}, got ${sent}`,
    );
  }
  return undefined;
}
