import type { TConfigValue } from './config-value.ts';
import { describeValueType } from './describe-value-type.ts';
import { formatNumber } from './format-number.ts';
import { FunctionError } from './function-error.ts';

/** Throws FunctionError unless `min <= args.length <= max`. */
export function checkArity(args: readonly TConfigValue[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const expected =
      min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new FunctionError(`expected ${expected} argument(s), got ${args.length}`);
  }
}

/** Converts a primitive to string as Terraform does; throws FunctionError for null or collections. */
export function requireString(value: TConfigValue | undefined, what: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return String(value);
  throw new FunctionError(
    `${what} must be a string, got ${value === undefined ? 'nothing' : describeValueType(value)}`,
  );
}

/** Returns `value` as a list; throws FunctionError otherwise. */
export function requireList(value: TConfigValue | undefined, what: string): TConfigValue[] {
  if (Array.isArray(value)) return value;
  throw new FunctionError(
    `${what} must be a list, got ${value === undefined ? 'nothing' : describeValueType(value)}`,
  );
}
