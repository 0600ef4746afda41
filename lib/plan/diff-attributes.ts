import type { TAttributeMeta } from '../sysdig/index.ts';
import { isDeepEqual } from './is-deep-equal.ts';
import { SENSITIVE_MASK, type TAttributeChange } from './plan-model.ts';
import { containsUnknown } from './contains-unknown.ts';
import { splitUnknown } from './split-unknown.ts';

/** What `diffAttributes` needs besides the two values. */
export interface TDiffOptions {
  readonly attributes: readonly TAttributeMeta[];
  /** Top-level attributes to mask. */
  readonly sensitive: readonly string[];
  /** Top-level attributes whose change forces replacement. */
  readonly forceNew: readonly string[];
  /** Top-level attributes to skip (not refreshed by the provider). */
  readonly skip?: readonly string[];
}

/**
 * The attribute rows between two canonical objects, in form order, labelled from the registry
 * metadata (`Actions › Capture › Name`). With both sides present only differing attributes are
 * listed (nested blocks of equal length are compared element by element); with one side undefined
 * (create or delete) every non-empty attribute of the other side is listed. Sensitive values are
 * masked; unknown values become null with `isUnknownAfter`. Pure.
 */
export function diffAttributes(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  options: TDiffOptions,
): TAttributeChange[] {
  const rows: TAttributeChange[] = [];
  const topLevel = options.attributes.filter((meta) => !options.skip?.includes(meta.name));
  walk(before, after, topLevel, '', '', undefined, options, rows);
  return rows;
}

function walk(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  attributes: readonly TAttributeMeta[],
  pathPrefix: string,
  labelPrefix: string,
  root: string | undefined,
  options: TDiffOptions,
  rows: TAttributeChange[],
): void {
  for (const meta of [...attributes].sort((a, b) => a.order - b.order)) {
    if (meta.computed || meta.writeOnly) continue;
    const path = pathPrefix ? `${pathPrefix}.${meta.name}` : meta.name;
    const label = labelPrefix ? `${labelPrefix} › ${meta.label}` : meta.label;
    const top = root ?? meta.name;
    const left = before?.[meta.name];
    const right = after?.[meta.name];
    if (before !== undefined && after !== undefined) {
      if (!containsUnknown(right) && isDeepEqual(left ?? null, right ?? null)) continue;
      const isBlock =
        meta.kind === 'block-list' || meta.kind === 'block-single' || meta.kind === 'block-set';
      if (
        isBlock &&
        meta.kind !== 'block-set' &&
        Array.isArray(left) &&
        Array.isArray(right) &&
        left.length === right.length &&
        left.length > 0
      ) {
        left.forEach((item, index) =>
          walk(
            asObject(item),
            asObject(right[index]),
            meta.attributes ?? [],
            `${path}[${index}]`,
            label,
            top,
            options,
            rows,
          ),
        );
        continue;
      }
    } else if (isEmpty(before === undefined ? right : left)) {
      continue;
    }
    rows.push(row(path, label, top, left, right, before, after, options));
  }
}

function row(
  path: string,
  label: string,
  top: string,
  left: unknown,
  right: unknown,
  before: unknown,
  after: unknown,
  options: TDiffOptions,
): TAttributeChange {
  const isSensitive = options.sensitive.includes(top);
  const known = splitUnknown(right).known;
  const show = (value: unknown, side: unknown) =>
    side === undefined || value === undefined
      ? null
      : isSensitive && value !== null
        ? SENSITIVE_MASK
        : value;
  return {
    path,
    label,
    before: show(left, before),
    after: show(known, after),
    isSensitive,
    isUnknownAfter: after !== undefined && containsUnknown(right),
    forceNew: options.forceNew.includes(top),
  };
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Empty values are not listed on create or delete (Terraform hides null attributes). */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !('$unknown' in value)) return Object.keys(value).length === 0;
  return false;
}
