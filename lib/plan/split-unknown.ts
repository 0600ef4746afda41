import { isUnknownValue } from '../terraform/config-value.ts';

/** A value with its unknown parts removed, and Terraform's `after_unknown` mask of them. */
export interface TSplitValue {
  /** The value with every TUnknownValue replaced by null. */
  readonly known: unknown;
  /** `true` where the value is unknown, arrays/objects mirroring the shape; undefined when none. */
  readonly mask: unknown;
}

/**
 * Splits a canonical value into its known part and an `after_unknown` mask the way
 * `terraform show -json` does: a wholly unknown value is `null` with mask `true`; containers carry a
 * mask only where something inside is unknown (arrays use `false` for known elements). Pure.
 */
export function splitUnknown(value: unknown): TSplitValue {
  if (isUnknownValue(value)) return { known: null, mask: true };
  if (Array.isArray(value)) {
    const parts = value.map(splitUnknown);
    const hasUnknown = parts.some((part) => part.mask !== undefined);
    return {
      known: parts.map((part) => part.known),
      mask: hasUnknown ? parts.map((part) => part.mask ?? false) : undefined,
    };
  }
  if (typeof value === 'object' && value !== null) {
    const known: Record<string, unknown> = {};
    const mask: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const part = splitUnknown(item);
      known[key] = part.known;
      if (part.mask !== undefined) mask[key] = part.mask;
    }
    return { known, mask: Object.keys(mask).length > 0 ? mask : undefined };
  }
  return { known: value, mask: undefined };
}
