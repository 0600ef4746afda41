import { isUnknownValue, type TConfigValue } from './config-value.ts';

/** Terraform's name for a value's type, for messages: `string`, `number`, `bool`, `null`, `tuple`, `object`, `unknown`. Never throws. */
export function describeValueType(value: TConfigValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) return 'tuple';
  if (isUnknownValue(value)) return 'unknown';
  return 'object';
}
