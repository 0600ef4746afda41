/**
 * The value of a configuration attribute after evaluation, as the resource registry (lib/sysdig)
 * consumes it. Literals are plain JSON values; nested blocks are arrays of objects (HCL's JSON
 * shape); what cannot be known before apply is a TUnknownValue listing the references it needs.
 */
export type TConfigValue =
  | string
  | number
  | boolean
  | null
  | TConfigValue[]
  | { [key: string]: TConfigValue }
  | TUnknownValue;

/** A value known only at apply time (e.g. `sysdig_secure_notification_channel_email.ops.id`). */
export interface TUnknownValue {
  readonly $unknown: true;
  /** Traversals the value depends on, as written: `sysdig_secure_list.x.id`, `var.y`. */
  readonly references: string[];
  /** The expression's source text, for display. */
  readonly expression: string;
}

/** True when `value` is a TUnknownValue. */
export function isUnknownValue(value: unknown): value is TUnknownValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { $unknown?: unknown }).$unknown === true
  );
}
