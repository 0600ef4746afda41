import type { TConfigValue } from './config-value.ts';
import { isObjectValue } from './is-object-value.ts';

/** Deep equality of known values as Terraform's `==` sees them (types must match). Never throws. */
export function equalValues(a: TConfigValue, b: TConfigValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => equalValues(item, b[i] as TConfigValue));
  if (isObjectValue(a) && isObjectValue(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every(
      (key) => key in b && equalValues(a[key] as TConfigValue, b[key] as TConfigValue),
    );
  }
  return false;
}
