import { isUnknownValue, type TConfigValue } from './config-value.ts';
import { describeValueType } from './describe-value-type.ts';
import { reportAt, type TEvalContext } from './eval-context.ts';
import { isObjectValue } from './is-object-value.ts';

/**
 * The (key, value) pairs a `for` iterates: lists by index, maps/objects by key in lexical
 * order (as cty does). Null for an unknown collection (no diagnostic) or a non-collection
 * (with an `invalid-for-collection` diagnostic at `node`). Never throws.
 */
export function iterateCollection(
  collection: TConfigValue,
  node: { start: number; end: number },
  context: TEvalContext,
): Array<[TConfigValue, TConfigValue]> | null {
  if (isUnknownValue(collection)) return null;
  if (Array.isArray(collection)) return collection.map((value, index) => [index, value]);
  if (isObjectValue(collection)) {
    return Object.keys(collection)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((key) => [key, collection[key] as TConfigValue]);
  }
  reportAt(
    context,
    node,
    'invalid-for-collection',
    `A for expression iterates a list, set, map or object, not a ${describeValueType(collection)}.`,
  );
  return null;
}
