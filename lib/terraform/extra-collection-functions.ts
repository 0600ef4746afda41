import { checkArity, requireList, requireString } from './check-arguments.ts';
import type { TConfigValue } from './config-value.ts';
import { describeValueType } from './describe-value-type.ts';
import { equalValues } from './equal-values.ts';
import { FunctionError, type TFunctionImpl } from './function-error.ts';
import { sortSetItems } from './sort-set-items.ts';

function distinct(items: readonly TConfigValue[]): TConfigValue[] {
  const out: TConfigValue[] = [];
  for (const item of items) if (!out.some((seen) => equalValues(seen, item))) out.push(item);
  return out;
}

function requireBool(value: TConfigValue | undefined, what: string): boolean | null {
  if (value === null || typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new FunctionError(
    `${what} must be a bool, got ${value === undefined ? 'nothing' : describeValueType(value)}`,
  );
}

/**
 * More of Terraform's list and set functions (one, alltrue, anytrue, slice, index, coalescelist,
 * chunklist, setunion, setintersection, setsubtract) and string helpers (strcontains, strrev,
 * trim, indent), by name.
 */
export const extraCollectionFunctions: Record<string, TFunctionImpl> = {
  one: (args) => {
    checkArity(args, 1);
    const list = requireList(args[0], 'argument');
    if (list.length > 1)
      throw new FunctionError(`must be a list of zero or one elements, got ${list.length}`);
    return list[0] ?? null;
  },
  alltrue: (args) => (
    checkArity(args, 1),
    requireList(args[0], 'argument').every((item, i) => requireBool(item, `element ${i}`) === true)
  ),
  anytrue: (args) => (
    checkArity(args, 1),
    requireList(args[0], 'argument').some((item, i) => requireBool(item, `element ${i}`) === true)
  ),
  slice: (args) => {
    checkArity(args, 3);
    const list = requireList(args[0], 'list');
    const [start, end] = [args[1], args[2]];
    if (
      typeof start !== 'number' ||
      typeof end !== 'number' ||
      !Number.isInteger(start) ||
      !Number.isInteger(end)
    )
      throw new FunctionError('start and end must be whole numbers');
    if (start < 0 || end > list.length || start > end)
      throw new FunctionError(`invalid range [${start}, ${end}) for a list of ${list.length}`);
    return list.slice(start, end);
  },
  index: (args) => {
    checkArity(args, 2);
    const position = requireList(args[0], 'list').findIndex((item) =>
      equalValues(item, args[1] as TConfigValue),
    );
    if (position < 0) throw new FunctionError('the value is not in the list');
    return position;
  },
  coalescelist: (args) => {
    checkArity(args, 1, Infinity);
    for (const [i, arg] of args.entries())
      if (requireList(arg, `argument ${i + 1}`).length > 0) return arg;
    throw new FunctionError('no non-empty list arguments');
  },
  chunklist: (args) => {
    checkArity(args, 2);
    const list = requireList(args[0], 'list');
    const size = args[1];
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 0)
      throw new FunctionError('the size must be a whole number, zero or more');
    if (size === 0) return [list];
    const out: TConfigValue[] = [];
    for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
    return out;
  },
  setunion: (args) =>
    sortSetItems(distinct(args.flatMap((arg, i) => requireList(arg, `argument ${i + 1}`)))),
  setintersection: (args) => {
    checkArity(args, 1, Infinity);
    const [first = [], ...rest] = args.map((arg, i) => requireList(arg, `argument ${i + 1}`));
    return sortSetItems(
      distinct(
        first.filter((item) =>
          rest.every((list) => list.some((other) => equalValues(other, item))),
        ),
      ),
    );
  },
  setsubtract: (args) => {
    checkArity(args, 2);
    const remove = requireList(args[1], 'argument 2');
    return sortSetItems(
      distinct(
        requireList(args[0], 'argument 1').filter(
          (item) => !remove.some((other) => equalValues(other, item)),
        ),
      ),
    );
  },
  strcontains: (args) => (
    checkArity(args, 2),
    requireString(args[0], 'string').includes(requireString(args[1], 'substring'))
  ),
  strrev: (args) => {
    checkArity(args, 1);
    const text = requireString(args[0], 'string');
    const segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
        : null;
    const parts = segmenter
      ? Array.from(segmenter.segment(text), (s) => s.segment)
      : Array.from(text);
    return parts.reverse().join('');
  },
  trim: (args) => {
    checkArity(args, 2);
    const text = requireString(args[0], 'string');
    const cut = new Set(Array.from(requireString(args[1], 'characters')));
    const chars = Array.from(text);
    let start = 0;
    let end = chars.length;
    while (start < end && cut.has(chars[start] as string)) start++;
    while (end > start && cut.has(chars[end - 1] as string)) end--;
    return chars.slice(start, end).join('');
  },
  indent: (args) => {
    checkArity(args, 2);
    const spaces = args[0];
    if (typeof spaces !== 'number' || !Number.isInteger(spaces) || spaces < 0)
      throw new FunctionError('the number of spaces must be a whole number');
    return requireString(args[1], 'string').replace(/\n/g, `\n${' '.repeat(spaces)}`);
  },
};
