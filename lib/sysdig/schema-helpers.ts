import { z } from 'zod';
import type { TConfigValue, TUnknownValue } from '../terraform/config-value.ts';
import { setOwn } from '../terraform/set-own.ts';
import type { TConfigObject } from './definition.ts';

/** A value known only at apply time (lib/terraform/config-value.ts), as a zod schema. */
export const ZUnknownValue = z.looseObject({
  $unknown: z.literal(true),
  references: z.array(z.string()),
  expression: z.string(),
});

/** The value of `schema`, or a value not known before apply (Terraform validates those at apply). */
export function orUnknown<T extends z.ZodType>(schema: T) {
  return z.union([schema, ZUnknownValue]);
}

/** A string attribute (or unknown). */
export const zString = () => orUnknown(z.string());
/** A bool attribute (or unknown). */
export const zBool = () => orUnknown(z.boolean());
/** An integer attribute (or unknown); numeric strings are accepted as Terraform converts them. */
export const zInt = (min?: number, max?: number) => {
  let int = z.int();
  if (min !== undefined) int = int.min(min);
  if (max !== undefined) int = int.max(max);
  return orUnknown(
    z.preprocess(
      (value) =>
        typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value,
      int,
    ),
  );
};
/** A string enum attribute (or unknown). */
export const zEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  orUnknown(z.enum(values));
/** A list or set of `element` (or unknown as a whole). */
export const zList = <T extends z.ZodType>(element: T) => orUnknown(z.array(element));
/** A nested block list whose elements follow `shape` (no unknown keys). */
export const zBlocks = <T extends z.ZodRawShape>(shape: T) =>
  orUnknown(z.array(z.strictObject(shape)));

/**
 * A 2018 (Terraform 0.11, HCL1) nested block: also accepts a single object (`processes = { … }`),
 * which HCL1 allowed and evaluates to one block.
 */
export const zLegacyBlocks = <T extends z.ZodRawShape>(shape: T) =>
  z.preprocess(
    (value) => (isPlainObject(value) && !isUnknown(value) ? [value] : value),
    zBlocks(shape),
  );

/** True for a TUnknownValue. */
export function isUnknown(value: unknown): value is TUnknownValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { $unknown?: unknown }).$unknown === true
  );
}

/** True for a non-array, non-null object. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Casts a concrete object schema to the registry's common schema type. */
export function asConfigSchema(schema: z.ZodType): z.ZodType<TConfigObject, TConfigObject> {
  return schema as unknown as z.ZodType<TConfigObject, TConfigObject>;
}

/** Reads `config[key]` as a config object list (blocks), or [] when absent or unknown. */
export function blocksOf(value: TConfigValue | undefined): TConfigObject[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is TConfigObject => isPlainObject(item) && !isUnknown(item));
}

/** The first block of a block list, or undefined. */
export function firstBlock(value: TConfigValue | undefined): TConfigObject | undefined {
  return blocksOf(value)[0];
}

/** Reads a string list (unknown elements kept); [] when absent. */
export function listOf(value: TConfigValue | undefined): TConfigValue[] {
  return Array.isArray(value) ? value : [];
}

/** A list or set of remote ids: ints, numeric strings (Terraform converts them), or references. */
export const zIdList = () =>
  zList(
    orUnknown(z.union([z.int(), z.string().regex(/^\s*[+-]?\d+\s*$/, 'expected an integer id')])),
  );

/**
 * The configuration with null-valued object keys removed at every depth: in Terraform an attribute
 * set to `null` is the same as an absent one. Null list elements are kept (they are errors).
 * Parts without a null key are returned as they are (not copied): treat the result as read-only.
 */
export function withoutNulls(config: TConfigObject): TConfigObject {
  return dropNulls(config) as TConfigObject;
}

function dropNulls(value: TConfigValue): TConfigValue {
  if (Array.isArray(value)) {
    let copy: TConfigValue[] | null = null;
    for (let i = 0; i < value.length; i += 1) {
      const item = value[i] as TConfigValue;
      const dropped = dropNulls(item);
      if (dropped !== item && !copy) copy = value.slice(0, i);
      copy?.push(dropped);
    }
    return copy ?? value;
  }
  if (!isPlainObject(value) || isUnknown(value)) return value;
  const object = value as TConfigObject;
  let result: TConfigObject | null = null;
  for (const key in object) {
    if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
    const item = object[key] as TConfigValue;
    const dropped = item === null ? undefined : dropNulls(item);
    if (dropped !== item && !result) {
      // First difference: copy the keys before this one, then go on building the copy.
      result = {};
      for (const earlier in object) {
        if (earlier === key) break;
        if (Object.prototype.hasOwnProperty.call(object, earlier))
          setOwn(result, earlier, object[earlier] as TConfigValue);
      }
    }
    if (result && dropped !== undefined) setOwn(result, key, dropped);
  }
  return result ?? object;
}
