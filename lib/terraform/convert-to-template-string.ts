import { isUnknownValue, type TConfigValue } from './config-value.ts';
import { describeValueType } from './describe-value-type.ts';
import { formatNumber } from './format-number.ts';

/**
 * The string a value contributes to a template (`"${x}"`): strings as-is, numbers formatted,
 * bools `true`/`false`; `{ error }` for null, collections and unknowns (callers handle unknowns
 * first). Never throws.
 */
export function convertToTemplateString(value: TConfigValue): { text: string } | { error: string } {
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: formatNumber(value) };
  if (typeof value === 'boolean') return { text: String(value) };
  if (value === null) return { error: 'the value is null; a template cannot interpolate null' };
  if (isUnknownValue(value)) return { error: 'the value is unknown' };
  return {
    error: `cannot include a ${describeValueType(value)} in a string template; use jsonencode or join`,
  };
}
