import type { TConfigValue } from './config-value.ts';
import { checkArity, requireString } from './check-arguments.ts';
import { describeValueType } from './describe-value-type.ts';
import { formatString } from './format-string.ts';
import { FunctionError, type TFunctionImpl } from './function-error.ts';

/** Terraform's string functions (lower, upper, trimspace, join, split, replace, format, …), by name. */
export const stringFunctions: Record<string, TFunctionImpl> = {
  lower: (args) => (checkArity(args, 1), requireString(args[0], 'argument').toLowerCase()),
  upper: (args) => (checkArity(args, 1), requireString(args[0], 'argument').toUpperCase()),
  trimspace: (args) => (checkArity(args, 1), requireString(args[0], 'argument').trim()),
  chomp: (args) => (
    checkArity(args, 1),
    requireString(args[0], 'argument').replace(/(\r\n|\n|\r)+$/, '')
  ),
  trimprefix: (args) => {
    checkArity(args, 2);
    const text = requireString(args[0], 'string');
    const prefix = requireString(args[1], 'prefix');
    return text.startsWith(prefix) ? text.slice(prefix.length) : text;
  },
  trimsuffix: (args) => {
    checkArity(args, 2);
    const text = requireString(args[0], 'string');
    const suffix = requireString(args[1], 'suffix');
    return suffix !== '' && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
  },
  startswith: (args) => (
    checkArity(args, 2),
    requireString(args[0], 'string').startsWith(requireString(args[1], 'prefix'))
  ),
  endswith: (args) => (
    checkArity(args, 2),
    requireString(args[0], 'string').endsWith(requireString(args[1], 'suffix'))
  ),
  join: (args) => {
    checkArity(args, 2, Infinity);
    const separator = requireString(args[0], 'separator');
    const items: string[] = [];
    for (const list of args.slice(1)) {
      if (!Array.isArray(list))
        throw new FunctionError(
          `lists to join must be lists, got ${describeValueType(list as TConfigValue)}`,
        );
      for (const item of list) items.push(requireString(item, 'list element'));
    }
    return items.join(separator);
  },
  split: (args) => {
    checkArity(args, 2);
    const separator = requireString(args[0], 'separator');
    const text = requireString(args[1], 'string');
    return separator === '' ? Array.from(text) : text.split(separator);
  },
  replace: (args) => {
    checkArity(args, 3);
    const text = requireString(args[0], 'string');
    const search = requireString(args[1], 'substring');
    const replacement = requireString(args[2], 'replacement');
    if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) {
      try {
        return text.replace(new RegExp(search.slice(1, -1), 'g'), replacement);
      } catch (error) {
        throw new FunctionError(
          `invalid regular expression ${search}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    return search === '' ? text : text.split(search).join(replacement);
  },
  format: (args) => {
    checkArity(args, 1, Infinity);
    const result = formatString(requireString(args[0], 'format'), args.slice(1));
    if ('error' in result) throw new FunctionError(result.error);
    return result.value;
  },
  substr: (args) => {
    checkArity(args, 3);
    const chars = Array.from(requireString(args[0], 'string'));
    let offset = Number(args[1]);
    const length = Number(args[2]);
    if (!Number.isInteger(offset) || !Number.isInteger(length))
      throw new FunctionError('offset and length must be whole numbers');
    if (offset < 0) offset = Math.max(0, chars.length + offset);
    return chars.slice(offset, length < 0 ? undefined : offset + length).join('');
  },
};
