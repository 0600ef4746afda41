import type { TConfigValue } from './config-value.ts';
import { formatNumber } from './format-number.ts';

/**
 * Orders the items of a set as cty iterates them: all numbers → ascending; otherwise strings
 * (numbers and bools converted to strings, as Terraform unifies to string) → lexical.
 * Collections and nulls keep their order. Never throws.
 */
export function sortSetItems(items: TConfigValue[]): TConfigValue[] {
  if (items.every((item) => typeof item === 'number'))
    return [...(items as number[])].sort((a, b) => a - b);
  if (
    !items.every(
      (item) => typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean',
    )
  )
    return items;
  const strings = items.map((item) =>
    typeof item === 'number' ? formatNumber(item) : String(item),
  );
  return [...new Set(strings)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
