import 'server-only';
import { respondError } from './respond-error.ts';
import type { TRouteContext } from './route-context.ts';
import type { TJsonObject } from './types.ts';

/**
 * Applies the list query of spec §4.7/§6.5 to `objects`: `policyType` (exact `type`), `filter`
 * (case-insensitive substring of `name`) and `limit` (or the `defaultListLimit` switch, §11.5).
 * An invalid `limit` is a 400 (shape 1).
 */
export function filterListed(
  context: TRouteContext,
  objects: TJsonObject[],
): TJsonObject[] | Response {
  const policyType = context.query.get('policyType');
  const filter = context.query.get('filter')?.toLowerCase();
  const limitText = context.query.get('limit');
  let limit = context.switches.defaultListLimit;
  if (limitText !== null && limitText !== '') {
    if (!/^[0-9]+$/.test(limitText))
      return respondError(
        400,
        'Invalid request',
        `"limit" must be a non-negative integer, got "${limitText}"`,
      );
    limit = Number(limitText);
  }
  let result = objects;
  if (policyType) result = result.filter((object) => object.type === policyType);
  if (filter)
    result = result.filter((object) =>
      String(object.name ?? '')
        .toLowerCase()
        .includes(filter),
    );
  return limit === null ? result : result.slice(0, limit);
}
