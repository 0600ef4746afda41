import type { TFalcoField, TFalcoItemKind } from './types.ts';

// Falco's `read_item` checks these keys in this order to decide what an entry is.
const KIND_KEYS: readonly TFalcoItemKind[] = [
  'required_engine_version',
  'required_plugin_versions',
  'list',
  'macro',
  'rule',
];

/**
 * What a rules-file entry is, from its fields' keys (by Falco's precedence) and values: its
 * kind, its name when printable, and its display label (e.g. `rule: Terminal shell`). Pure.
 */
export function describeRulesItem(fields: readonly Pick<TFalcoField, 'key' | 'value'>[]): {
  kind: TFalcoItemKind;
  name?: string;
  label: string;
} {
  let kind: TFalcoItemKind = 'unknown';
  let kindField: Pick<TFalcoField, 'key' | 'value'> | undefined;
  for (const key of KIND_KEYS) {
    kindField = fields.find((field) => field.key === key);
    if (kindField) {
      kind = key;
      break;
    }
  }
  const nameValue =
    kind === 'rule' || kind === 'macro' || kind === 'list' ? kindField?.value : undefined;
  if (!isPrintable(nameValue)) return { kind, label: kind === 'unknown' ? 'item' : kind };
  const name = String(nameValue);
  return { kind, name, label: `${kind}: ${name}` };
}

function isPrintable(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
