'use client';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { TRulesItems } from '@/lib/contracts/rules-item-api';

type TItem = TRulesItems['items'][number];

/** The form's text for each key (tags comma-separated, list items one per line, exceptions as YAML). */
export function toDraft(item: TItem): Record<string, string | boolean> {
  const v = item.values;
  const text = (value: unknown) =>
    typeof value === 'string' ? value : value == null ? '' : String(value);
  return {
    [item.kind]: item.name,
    desc: text(v.desc),
    condition: text(v.condition),
    output: text(v.output),
    priority: text(v.priority),
    source: text(v.source),
    enabled: v.enabled !== false,
    tags: Array.isArray(v.tags) ? v.tags.join(', ') : '',
    items: Array.isArray(v.items) ? v.items.map(String).join('\n') : '',
    exceptions: v.exceptions == null ? '' : stringifyYaml(v.exceptions, { lineWidth: 0 }),
  };
}

/** The keys each kind of item has a field for. */
export const KEYS_BY_KIND: Record<TItem['kind'], string[]> = {
  rule: [
    'rule',
    'desc',
    'condition',
    'output',
    'priority',
    'source',
    'enabled',
    'tags',
    'exceptions',
  ],
  macro: ['macro', 'condition'],
  list: ['list', 'items'],
};

/**
 * New values by key for what differs from the item (`null` removes an emptied optional key).
 * Throws yaml's error when the exceptions text is not YAML.
 */
export function toChanges(
  item: TItem,
  draft: Record<string, string | boolean>,
): Record<string, unknown> {
  const before = toDraft(item);
  const changes: Record<string, unknown> = {};
  for (const key of KEYS_BY_KIND[item.kind]) {
    const value = draft[key]!;
    if (value === before[key]) continue;
    if (key === 'enabled') changes.enabled = value;
    else if (key === 'tags') changes.tags = splitList(String(value), /[,\n]/);
    else if (key === 'items') changes.items = splitList(String(value), /\n/);
    else if (key === 'exceptions')
      changes.exceptions = String(value).trim() === '' ? null : parseYaml(String(value));
    else if (value === '' && key !== 'condition' && key !== item.kind) changes[key] = null;
    else changes[key] = value;
  }
  return changes;
}

function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
