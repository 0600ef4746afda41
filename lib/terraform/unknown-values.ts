import { isUnknownValue, type TConfigValue, type TUnknownValue } from './config-value.ts';

/** A TUnknownValue with de-duplicated references. Never throws. */
export function makeUnknown(references: Iterable<string>, expression: string): TUnknownValue {
  return { $unknown: true, references: [...new Set(references)], expression };
}

/** The references of every unknown inside `values` (deep), in order, de-duplicated. Never throws. */
export function collectUnknownReferences(values: readonly TConfigValue[]): string[] {
  const out = new Set<string>();
  const visit = (value: TConfigValue): void => {
    if (isUnknownValue(value)) for (const r of value.references) out.add(r);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  values.forEach(visit);
  return [...out];
}

/** True when `value` is unknown or contains an unknown anywhere. Never throws. */
export function containsUnknown(value: TConfigValue): boolean {
  if (isUnknownValue(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (value !== null && typeof value === 'object')
    return Object.values(value).some(containsUnknown);
  return false;
}
