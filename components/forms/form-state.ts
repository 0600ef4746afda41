import type {
  TBlockStep,
  TFieldValue,
  TFormField,
  TFormValue,
  TResourceChange,
} from '@/lib/contracts/resource-api';
import type { TConfigObject, TValidationIssue } from '@/lib/sysdig';
import type { TConfigValue } from '@/lib/terraform';
import { validateResourceConfig } from '@/lib/sysdig';

/** One pending change of a field: its new value, or null to remove the attribute. */
export interface TPendingEdit {
  path: TBlockStep[];
  attribute: string;
  value: TFormValue | null;
}

/** Pending edits by field key (`actions[0].capture[0].name`). */
export type TPendingEdits = Record<string, TPendingEdit>;

/** The key of a field: its block path and name, as validation issues spell attribute paths. */
export function fieldKey(path: readonly TBlockStep[], name: string): string {
  return [...path.map((step) => `${step.block}[${step.index}]`), name].join('.');
}

/** The editable value of a field as written (undefined when absent, secret or an expression). */
export function initialValue(value: TFieldValue): TFormValue | undefined {
  switch (value.kind) {
    case 'scalar':
      return value.value;
    case 'items':
      return value.items.map((item) =>
        item.kind === 'literal' ? item.value : { expression: item.expression },
      );
    case 'map':
      return value.entries;
    case 'reference':
      return { expression: value.expression };
    default:
      return undefined;
  }
}

/**
 * Records an edit, or forgets it when the value is back to the one written (so a save touches
 * only attributes that really changed).
 */
export function withEdit(
  edits: TPendingEdits,
  field: TFormField,
  path: TBlockStep[],
  value: TFormValue | null,
): TPendingEdits {
  const key = fieldKey(path, field.name);
  const original = initialValue(field.value);
  const next = { ...edits };
  const isSame =
    value === null
      ? original === undefined
      : JSON.stringify(value) === JSON.stringify(original) ||
        (original === undefined &&
          field.value.kind !== 'secret' &&
          JSON.stringify(value) === JSON.stringify(field.defaultValue));
  if (isSame) delete next[key];
  else next[key] = { path, attribute: field.name, value };
  return next;
}

/** The changes to send: sets drop empty picker rows; sets are de-duplicated (a set has no duplicates). */
export function toChanges(edits: TPendingEdits, fields: readonly TFormField[]): TResourceChange[] {
  return Object.values(edits).map((edit): TResourceChange => {
    if (edit.value === null) return { op: 'remove', path: edit.path, attribute: edit.attribute };
    let value = edit.value;
    if (Array.isArray(value)) {
      const kind = findField(fields, edit.path, edit.attribute)?.kind;
      value = value.filter(
        (item) => !(typeof item === 'object' && item !== null && item.expression === ''),
      );
      if (kind === 'set')
        value = value.filter(
          (item, i, all) =>
            all.findIndex((other) => JSON.stringify(other) === JSON.stringify(item)) === i,
        );
    }
    return { op: 'set', path: edit.path, attribute: edit.attribute, value };
  });
}

function findField(
  fields: readonly TFormField[],
  path: readonly TBlockStep[],
  name: string,
): TFormField | undefined {
  let current: readonly TFormField[] = fields;
  for (const step of path)
    current = current.find((f) => f.name === step.block)?.blocks?.[step.index]?.fields ?? [];
  return current.find((f) => f.name === name);
}

/**
 * The resource's configuration as the form now has it (HCL-JSON shape: blocks as arrays of
 * objects, references and expressions as unknowns), validated with the registry's zod schema —
 * the same `validateResourceConfig` the server runs. Deprecation notices are left to the server.
 */
export function validateForm(
  type: string,
  fields: readonly TFormField[],
  edits: TPendingEdits,
): TValidationIssue[] {
  return validateResourceConfig(type, buildConfig(fields, [], edits)).filter(
    (issue) => issue.code !== 'deprecated-type',
  );
}

function buildConfig(
  fields: readonly TFormField[],
  path: TBlockStep[],
  edits: TPendingEdits,
): TConfigObject {
  const config: TConfigObject = {};
  for (const field of fields) {
    if (field.blocks) {
      if (field.blocks.length > 0)
        config[field.name] = field.blocks.map((block, index) =>
          buildConfig(block.fields, [...path, { block: field.name, index }], edits),
        );
      continue;
    }
    const edit = edits[fieldKey(path, field.name)];
    const value = edit
      ? edit.value
      : field.value.kind === 'expression'
        ? { expression: field.value.expression }
        : field.value.kind === 'secret' && field.value.isSet
          ? 'set'
          : initialValue(field.value);
    if (value === null || value === undefined) continue;
    config[field.name] = toConfig(value);
  }
  return config;
}

function toConfig(value: TFormValue | { expression: string }): TConfigValue {
  if (Array.isArray(value)) return value.map((item) => toConfig(item));
  if (typeof value === 'object' && value !== null) {
    if (typeof value.expression === 'string' && Object.keys(value).length === 1) {
      return {
        $unknown: true,
        references: [value.expression as string],
        expression: value.expression as string,
      } as TConfigValue;
    }
    return value as TConfigValue;
  }
  return value;
}

/**
 * Issues whose attribute path is the field or inside it. Paths are compared without `[0]`: the
 * registry writes a single block's path either way (`actions[0].capture.name`).
 */
export function issuesAt<T extends { attribute?: string }>(issues: readonly T[], key: string): T[] {
  const field = withoutFirstIndex(key);
  return issues.filter((issue) => {
    if (issue.attribute === undefined) return false;
    const path = withoutFirstIndex(issue.attribute);
    return path === field || path.startsWith(`${field}[`) || path.startsWith(`${field}.`);
  });
}

function withoutFirstIndex(path: string): string {
  return path.replace(/\[0\]/g, '');
}
