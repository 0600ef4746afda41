import { checkArity, requireList, requireString } from './check-arguments.ts';
import type { TConfigValue } from './config-value.ts';
import { describeValueType } from './describe-value-type.ts';
import { equalValues } from './equal-values.ts';
import { FunctionError, type TFunctionImpl } from './function-error.ts';
import { isObjectValue } from './is-object-value.ts';
import { setOwn } from './set-own.ts';
import { sortSetItems } from './sort-set-items.ts';

function requireObject(
  value: TConfigValue | undefined,
  what: string,
): { [key: string]: TConfigValue } {
  if (isObjectValue(value)) return value;
  throw new FunctionError(
    `${what} must be a map or object, got ${value === undefined ? 'nothing' : describeValueType(value)}`,
  );
}

function requireIndex(value: TConfigValue | undefined): number {
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number))
    throw new FunctionError('the index must be a whole number');
  return number;
}

function distinct(items: readonly TConfigValue[]): TConfigValue[] {
  const out: TConfigValue[] = [];
  for (const item of items) if (!out.some((seen) => equalValues(seen, item))) out.push(item);
  return out;
}

function flatten(items: readonly TConfigValue[]): TConfigValue[] {
  return items.flatMap((item) => (Array.isArray(item) ? flatten(item) : [item]));
}

function sortedKeys(object: { [key: string]: TConfigValue }): string[] {
  return Object.keys(object).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Terraform's collection functions (concat, merge, length, coalesce, distinct, flatten, keys,
 * values, lookup, contains, element, sort, tolist, toset, tomap, reverse, compact, zipmap), by
 * name. Maps iterate in key order, sets are distinct and sorted, like cty.
 */
export const collectionFunctions: Record<string, TFunctionImpl> = {
  concat: (args) => args.flatMap((list, i) => requireList(list, `argument ${i + 1}`)),
  merge: (args) => {
    const out: { [key: string]: TConfigValue } = {};
    args.forEach((arg, i) => {
      if (arg === null) return;
      for (const [key, value] of Object.entries(requireObject(arg, `argument ${i + 1}`)))
        setOwn(out, key, value);
    });
    return out;
  },
  length: (args) => {
    checkArity(args, 1);
    const value = args[0] as TConfigValue;
    if (typeof value === 'string') return countGraphemes(value);
    if (Array.isArray(value)) return value.length;
    if (isObjectValue(value)) return Object.keys(value).length;
    throw new FunctionError(
      `argument must be a string, list, set, map or object, got ${describeValueType(value)}`,
    );
  },
  coalesce: (args) => {
    checkArity(args, 1, Infinity);
    for (const arg of args) if (arg !== null && arg !== '') return arg;
    throw new FunctionError('no non-null, non-empty-string arguments');
  },
  distinct: (args) => (checkArity(args, 1), distinct(requireList(args[0], 'argument'))),
  flatten: (args) => (checkArity(args, 1), flatten(requireList(args[0], 'argument'))),
  keys: (args) => (checkArity(args, 1), sortedKeys(requireObject(args[0], 'argument'))),
  values: (args) => {
    checkArity(args, 1);
    const object = requireObject(args[0], 'argument');
    return sortedKeys(object).map((key) => object[key] as TConfigValue);
  },
  lookup: (args) => {
    checkArity(args, 2, 3);
    const object = requireObject(args[0], 'map');
    const key = requireString(args[1], 'key');
    if (Object.hasOwn(object, key)) return object[key] as TConfigValue;
    if (args.length === 3) return args[2] as TConfigValue;
    throw new FunctionError(`the map has no element for the key "${key}" and no default was given`);
  },
  contains: (args) => {
    checkArity(args, 2);
    return requireList(args[0], 'list').some((item) => equalValues(item, args[1] as TConfigValue));
  },
  element: (args) => {
    checkArity(args, 2);
    const list = requireList(args[0], 'list');
    const index = requireIndex(args[1]);
    if (list.length === 0)
      throw new FunctionError('cannot use element function with an empty list');
    if (index < 0) throw new FunctionError('cannot use element function with a negative index');
    return list[index % list.length] as TConfigValue;
  },
  sort: (args) => {
    checkArity(args, 1);
    return requireList(args[0], 'list')
      .map((item) => requireString(item, 'list element'))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  },
  reverse: (args) => (checkArity(args, 1), [...requireList(args[0], 'list')].reverse()),
  compact: (args) => (
    checkArity(args, 1),
    requireList(args[0], 'list').filter((item) => item !== null && item !== '')
  ),
  zipmap: (args) => {
    checkArity(args, 2);
    const keys = requireList(args[0], 'keys');
    const values = requireList(args[1], 'values');
    if (keys.length !== values.length)
      throw new FunctionError(`${keys.length} keys but ${values.length} values`);
    return Object.fromEntries(
      keys.map((key, i) => [requireString(key, 'key'), values[i] as TConfigValue]),
    );
  },
  tolist: (args) => (
    checkArity(args, 1),
    args[0] === null ? null : requireList(args[0], 'argument')
  ),
  toset: (args) => (
    checkArity(args, 1),
    args[0] === null ? null : sortSetItems(distinct(requireList(args[0], 'argument')))
  ),
  tomap: (args) => (
    checkArity(args, 1),
    args[0] === null ? null : requireObject(args[0], 'argument')
  ),
};

function countGraphemes(text: string): number {
  // Terraform counts Unicode grapheme clusters; Intl.Segmenter does the same where available.
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    let count = 0;
    for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text))
      count++;
    return count;
  }
  return Array.from(text).length;
}
