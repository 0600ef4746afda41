import { z } from 'zod';
import type { TConfigValue } from '../terraform/config-value.ts';
import { record, strings, text } from './api-read.ts';
import { attribute, ordered } from './attribute-meta.ts';
import type { TAttributeMeta, TConfigObject } from './definition.ts';
import { isUnknown, listOf, orUnknown, zBlocks, zList, zString } from './schema-helpers.ts';
import { unresolvedMarker } from './unresolved.ts';

/** zod schema of rule_falco `exceptions` (spec §4.3); `values` must be JSON text. */
export const ZFalcoExceptions = zBlocks({
  name: zString(),
  comps: zList(zString()).optional(),
  values: orUnknown(
    z.string().superRefine((value, context) => {
      try {
        JSON.parse(value);
      } catch (error) {
        context.addIssue({
          code: 'custom',
          message: `values is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
          params: { code: 'invalid-json', hint: 'Write values = jsonencode([["a", "b"]]).' },
        });
      }
    }),
  ),
  fields: zList(zString()).optional(),
}).optional();

/** Metadata of rule_falco `exceptions`. */
export const falcoExceptionsAttribute: TAttributeMeta = attribute('exceptions', 'block-list', {
  help: 'Falco exceptions.',
  attributes: ordered([
    attribute('name', 'string', { help: 'Exception name.', required: true }),
    attribute('fields', 'list', { help: 'Fields compared.', elementKind: 'string' }),
    attribute('comps', 'list', {
      help: 'Comparison operators, one per field.',
      elementKind: 'string',
    }),
    attribute('values', 'string', {
      help: 'Values as JSON text; write jsonencode([...]).',
      required: true,
    }),
  ]),
});

/** API exception: name, fields and comps only when non-empty, values parsed from the JSON text. */
export function buildFalcoException(exception: TConfigObject): Record<string, unknown> {
  const result: Record<string, unknown> = { name: exception.name };
  if (isUnknown(exception.fields) || listOf(exception.fields).length > 0)
    result.fields = exception.fields;
  if (isUnknown(exception.comps) || listOf(exception.comps).length > 0)
    result.comps = exception.comps;
  const values = exception.values;
  result.values = isUnknown(values)
    ? unresolvedMarker(values.expression, [...values.references])
    : parseJsonText(values);
  return result;
}

/** Read mapping of one exception: values as compact JSON text; fields/comps as array or single string. */
export function decodeFalcoException(value: unknown): TConfigObject {
  const exception = record(value);
  const asList = (item: unknown): string[] => (typeof item === 'string' ? [item] : strings(item));
  return {
    name: text(exception.name),
    fields: asList(exception.fields),
    comps: asList(exception.comps),
    values: JSON.stringify(exception.values ?? null),
  };
}

/** Spec §5.2: exception values compare as parsed JSON (text that does not parse is kept as is). */
export function parseJsonText(value: TConfigValue | undefined): TConfigValue {
  if (typeof value !== 'string') return value ?? null;
  try {
    return JSON.parse(value) as TConfigValue;
  } catch {
    return value;
  }
}
