import type { TFalcoItemKind } from './types.ts';

// Falco's `read_item` checks these keys in this order to decide what an entry is.
const KIND_KEYS: readonly TFalcoItemKind[] = [
  'required_engine_version',
  'required_plugin_versions',
  'list',
  'macro',
  'rule',
];

/**
 * What a rules-file entry is, from its keys (by Falco's precedence) and its plain-JS value: its
 * kind, its name when printable, and its display label (e.g. `rule: Terminal shell`). Pure.
 */
export function describeRulesItem(
  keys: ReadonlySet<string>,
  values: Record<string, unknown>,
): { kind: TFalcoItemKind; name?: string; label: string } {
  const kind = KIND_KEYS.find((key) => keys.has(key)) ?? 'unknown';
  const nameValue =
    kind === 'rule' || kind === 'macro' || kind === 'list' ? values[kind] : undefined;
  const name = isPrintable(nameValue) ? String(nameValue) : undefined;
  const label = name === undefined ? (kind === 'unknown' ? 'item' : kind) : `${kind}: ${name}`;
  return { kind, ...(name === undefined ? {} : { name }), label };
}

function isPrintable(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
