import 'server-only';
import { respondError } from './respond-error.ts';
import { requireFields } from './require-fields.ts';
import { isJsonObject, type TRouteContext } from './route-context.ts';
import type { TJsonObject } from './types.ts';

/**
 * A Falco list (spec §4.4): `items` is the nested object `{"items": [string…]}`; `append` defaults
 * to false. A non-append list's name must be unique among non-append lists (400); append lists
 * may share names (§4.4).
 */
export function prepareList(
  context: TRouteContext,
  incoming: TJsonObject,
  stored: TJsonObject | undefined,
): TJsonObject | Response {
  const missing = requireFields(incoming, 'List', ['name']);
  if (missing) return missing;
  const items = incoming.items;
  if (
    !isJsonObject(items) ||
    !Array.isArray(items.items) ||
    !items.items.every((item) => typeof item === 'string')
  ) {
    return respondError(
      400,
      'Invalid request',
      'List: "items" must be an object {"items": [string, …]}',
    );
  }
  const isAppend = incoming.append === true;
  const duplicate = isAppend
    ? undefined
    : findNonAppendByName(context, 'lists', String(incoming.name), stored);
  if (duplicate)
    return respondError(
      400,
      'Invalid request',
      `List "${String(incoming.name)}" already exists (id ${String(duplicate.id)})`,
    );
  return { ...incoming, append: isAppend, origin: stored?.origin ?? 'Secure UI' };
}

/** The stored non-append object of `collection` named `name`, other than `self`. */
export function findNonAppendByName(
  context: TRouteContext,
  collection: 'lists' | 'macros',
  name: string,
  self: TJsonObject | undefined,
): TJsonObject | undefined {
  for (const object of context.store.collections[collection].values()) {
    if (object.name === name && object.append !== true && object.id !== self?.id) return object;
  }
  return undefined;
}
