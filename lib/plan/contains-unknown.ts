import { splitUnknown } from './split-unknown.ts';

/** True when `value` is or contains a TUnknownValue. */
export function containsUnknown(value: unknown): boolean {
  return splitUnknown(value).mask !== undefined;
}
