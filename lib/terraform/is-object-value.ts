import { isUnknownValue, type TConfigValue } from './config-value.ts';

/** True when `value` is a known object/map (not null, not a list, not unknown). Never throws. */
export function isObjectValue(
  value: TConfigValue | undefined,
): value is { [key: string]: TConfigValue } {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknownValue(value)
  );
}
