import { z } from 'zod';
import { flag, record, strings, text } from '../api-read.ts';
import { attribute, ordered, versionAttribute } from '../attribute-meta.ts';
import { defineResource } from '../define-resource.ts';
import { isUnknown, listOf, zBool, zList, zString } from '../schema-helpers.ts';
import { APPLY_ORDER } from '../type-names.ts';

/** Configuration schema of `sysdig_secure_list` (spec §4.4). */
export const ZSecureList = z.strictObject({
  name: zString(),
  items: zList(zString()),
  append: zBool().default(false),
});

/** Parsed `sysdig_secure_list` configuration. */
export type TSecureList = z.infer<typeof ZSecureList>;

const trimmed = (items: ReturnType<typeof listOf>) =>
  items.map((item) => (typeof item === 'string' && !isUnknown(item) ? item.trim() : item));

/** `sysdig_secure_list`: a Falco list (ordered items), or an append to one. */
export const secureList = defineResource({
  type: 'sysdig_secure_list',
  era: 'current',
  apiFamily: 'list',
  description: 'Falco list used by macros and rule conditions.',
  schema: ZSecureList,
  attributes: ordered([
    attribute('name', 'string', {
      help: 'List name as used in conditions.',
      required: true,
      forceNew: true,
    }),
    attribute('items', 'list', { help: 'Items, in order.', required: true, elementKind: 'string' }),
    attribute('append', 'bool', {
      help: 'Append to an existing list of this name.',
      default: false,
    }),
    versionAttribute(),
  ]),
  // Go struct order: name, items{items}, append, id, version.
  build(config, _refs, target) {
    const body: Record<string, unknown> = {
      name: config.name,
      items: { items: isUnknown(config.items) ? config.items : trimmed(listOf(config.items)) },
      append: config.append,
    };
    if (target.id) body.id = target.id;
    if (target.version) body.version = target.version;
    return body;
  },
  decode(object) {
    const list = record(object);
    return {
      name: text(list.name),
      items: strings(record(list.items).items),
      append: flag(list.append),
    };
  },
  canonicalHook: (config) => ({ ...config, items: trimmed(listOf(config.items)) }),
  dependsOnTypes: [],
  applyOrder: APPLY_ORDER.list,
});
