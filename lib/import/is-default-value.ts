import { stableJson, type TAttributeMeta } from '../sysdig/index.ts';
import type { TConfigValue } from '../terraform/config-value.ts';

/**
 * True when an attribute need not be written: computed or write-only, absent, or (when optional)
 * equal to what an absent attribute means in the provider — its schema default, else the zero value
 * (`""`, `0`, `false`, empty list, set, map or blocks), as the canonical form fills it (spec §5.2).
 * Required attributes are always written. Pure.
 */
export function isDefaultValue(value: TConfigValue | undefined, meta: TAttributeMeta): boolean {
  if (meta.computed || meta.writeOnly) return true;
  if (value === undefined || value === null) return true;
  if (meta.required) return false;
  if (meta.default !== undefined) return stableJson(value) === stableJson(meta.default);
  switch (meta.kind) {
    case 'string':
      return value === '';
    case 'number':
      return value === 0;
    case 'bool':
      return value === false;
    case 'map':
      return typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
    default:
      return Array.isArray(value) && value.length === 0;
  }
}
