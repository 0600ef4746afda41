import type { TConfigValue } from '../terraform/config-value.ts';
import type { TAttributeMeta, TConfigObject } from './definition.ts';
import { isPlainObject, isUnknown } from './schema-helpers.ts';
import { sortedSet } from './stable-json.ts';

/**
 * Canonical form of a configuration object from its attribute metadata, with Terraform SDKv2
 * semantics (spec §5.2): absent optional primitives take their default or zero value, absent lists,
 * sets and blocks are `[]`, sets and block sets are sorted, numeric strings of number attributes are
 * numbers, computed and write-only attributes are dropped, unknown attributes are ignored. Unknown
 * values are kept as they are. Never throws.
 */
export function canonicalizeObject(
  value: unknown,
  attributes: readonly TAttributeMeta[],
): TConfigObject {
  const source = isPlainObject(value) ? (value as TConfigObject) : {};
  const result: TConfigObject = {};
  for (const meta of [...attributes].sort((a, b) => a.order - b.order)) {
    if (meta.computed || meta.writeOnly) continue;
    result[meta.name] = canonicalizeAttribute(source[meta.name], meta);
  }
  return result;
}

function canonicalizeAttribute(raw: TConfigValue | undefined, meta: TAttributeMeta): TConfigValue {
  if (isUnknown(raw)) return raw;
  switch (meta.kind) {
    case 'string':
      return raw === undefined || raw === null
        ? ((meta.default as string | undefined) ?? '')
        : scalar(raw, 'string');
    case 'number':
      return raw === undefined || raw === null
        ? ((meta.default as number | undefined) ?? 0)
        : scalar(raw, 'number');
    case 'bool':
      return raw === undefined || raw === null
        ? ((meta.default as boolean | undefined) ?? false)
        : raw;
    case 'list':
    case 'set': {
      const items = Array.isArray(raw)
        ? raw.map((item) => scalar(item, meta.elementKind ?? 'string'))
        : [];
      return meta.kind === 'set' ? sortedSet(items) : items;
    }
    case 'map': {
      if (!isPlainObject(raw)) return {};
      const entries = Object.entries(raw as TConfigObject).sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      );
      return Object.fromEntries(entries);
    }
    case 'block-list':
    case 'block-single':
    case 'block-set': {
      const blocks = Array.isArray(raw) ? raw : isPlainObject(raw) ? [raw] : [];
      const nested = blocks.map((block) =>
        isUnknown(block) ? block : canonicalizeObject(block, meta.attributes ?? []),
      );
      return meta.kind === 'block-set' ? sortedSet(nested) : nested;
    }
  }
}

function scalar(value: TConfigValue, kind: 'string' | 'number' | 'bool'): TConfigValue {
  if (isUnknown(value)) return value;
  if (kind === 'number' && typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value))
    return Number(value);
  if (kind === 'string' && typeof value === 'number') return String(value);
  return value;
}
