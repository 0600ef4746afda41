import type { TConfigValue } from '../terraform/config-value.ts';
import { array, record, strings } from './api-read.ts';
import type { TConfigObject } from './definition.ts';
import { blocksOf, isUnknown, listOf } from './schema-helpers.ts';

/** Fixed `fields` arrays the SEED provider always sends (spec §2.1). */
export const V1_FIELDS = {
  processes: ['proc.name', 'proc.cmdline'],
  containers: ['container.id', 'container.name', 'container.image.id', 'container.image'],
  syscalls: ['evt.type', 'proc.cmdline', 'proc.name'],
  filesystem: ['fd.name', 'proc.cmdline', 'proc.name'],
  connections: [
    'fd.l4proto',
    'fd.sip',
    'fd.sport',
    'fd.cip',
    'fd.cport',
    'proc.cmdline',
    'proc.name',
  ],
  listeningPorts: ['fd.l4proto', 'fd.sip', 'fd.sport', 'proc.cmdline', 'proc.name'],
} as const;

const DEFAULT_EFFECT: Record<string, string> = {
  accept: 'DEFAULT_MATCH_EFFECT_ACCEPT',
  deny: 'DEFAULT_MATCH_EFFECT_DENY',
};

/** HCL `accept|deny|none` (or unset) → `onDefault` (spec §2.1 enum mapping). */
export function onDefault(value: TConfigValue | undefined): unknown {
  if (isUnknown(value)) return value;
  return DEFAULT_EFFECT[String(value ?? '').toLowerCase()] ?? 'DEFAULT_MATCH_EFFECT_NEXT';
}

/** `onDefault` → HCL value (`none` for NEXT or anything unknown). */
export function fromOnDefault(value: unknown): string {
  if (value === 'DEFAULT_MATCH_EFFECT_ACCEPT') return 'accept';
  if (value === 'DEFAULT_MATCH_EFFECT_DENY') return 'deny';
  return 'none';
}

/** Values of a set as API strings (ports are sent as strings, `strconv.Itoa`). */
function values(value: TConfigValue | undefined): unknown {
  if (isUnknown(value)) return value;
  return listOf(value).map((item) => (typeof item === 'number' ? String(item) : item));
}

/** List elements whitelist (ACCEPT) then blacklist (DENY), each only when non-empty, plus `extra` keys. */
export function matchElements(
  block: TConfigObject | undefined,
  extra: Record<string, string> = {},
): Record<string, unknown>[] {
  if (!block) return [];
  const result: Record<string, unknown>[] = [];
  for (const [key, onMatch] of [
    ['whitelist', 'MATCH_EFFECT_ACCEPT'],
    ['blacklist', 'MATCH_EFFECT_DENY'],
  ] as const) {
    const list = block[key];
    if (isUnknown(list) || listOf(list).length > 0)
      result.push({ values: values(list), onMatch, ...extra });
  }
  return result;
}

/** `{onDefault, fields, list}` of processes/containers/syscalls; `list` null when empty unless omitted. */
export function listConfiguration(
  block: TConfigObject,
  fields: readonly string[],
  omitEmptyList: boolean,
): Record<string, unknown> {
  const list = matchElements(block);
  const result: Record<string, unknown> = {
    onDefault: onDefault(block.default),
    fields: [...fields],
  };
  if (list.length > 0) result.list = list;
  else if (!omitEmptyList) result.list = null;
  return result;
}

/** Read of a `{onDefault, list}` configuration into whitelist/blacklist by `onMatch`. */
export function decodeMatchLists(
  list: unknown,
  filter: (element: Record<string, unknown>) => boolean = () => true,
): TConfigObject {
  const result: TConfigObject = {};
  for (const element of array(list).map(record).filter(filter)) {
    const key =
      element.onMatch === 'MATCH_EFFECT_ACCEPT'
        ? 'whitelist'
        : element.onMatch === 'MATCH_EFFECT_DENY'
          ? 'blacklist'
          : undefined;
    if (key) result[key] = [...listOf(result[key]), ...strings(element.values)];
  }
  return result;
}

/** Read of processes/containers/syscalls. */
export function decodeListConfiguration(configuration: unknown): TConfigObject[] | undefined {
  if (configuration === undefined || configuration === null) return undefined;
  const value = record(configuration);
  return [{ default: fromOnDefault(value.onDefault), ...decodeMatchLists(value.list) }];
}

/** Ports read back as ints. */
export function decodePorts(list: unknown, proto: string): TConfigObject[] {
  const lists = decodeMatchLists(list, (element) => element.netProto === proto);
  const ports: TConfigObject = {};
  for (const [key, items] of Object.entries(lists))
    ports[key] = listOf(items).map((item) => Number(item));
  return Object.keys(ports).length > 0 ? [ports] : [];
}

/** True when a nested block holds nothing but defaults (`''`, `'none'`, `[]`, empty blocks). */
export function isEmptyBlock(block: TConfigValue): boolean {
  if (isUnknown(block)) return false;
  return Object.values(block as TConfigObject).every((value) => {
    if (value === '' || value === 'none' || value === null) return true;
    if (Array.isArray(value))
      return value.every(
        (item) =>
          typeof item === 'object' && item !== null && !isUnknown(item) && isEmptyBlock(item),
      );
    return false;
  });
}

/** Removes all-default nested blocks of `key` (absent and empty give the same API body). */
export function pruneEmpty(block: TConfigObject, key: string): TConfigObject {
  const nested = blocksOf(block[key]).filter((item) => !isEmptyBlock(item));
  return { ...block, [key]: nested };
}
