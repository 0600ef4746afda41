import { z } from 'zod';
import { flag, integer, record, text } from '../api-read.ts';
import { attribute, ordered, versionAttribute } from '../attribute-meta.ts';
import { defineResource } from '../define-resource.ts';
import type { TConfigObject } from '../definition.ts';
import { zBool, zInt, zString } from '../schema-helpers.ts';
import { APPLY_ORDER } from '../type-names.ts';

/** Configuration schema of `sysdig_secure_macro` (spec §4.5). */
export const ZSecureMacro = z.strictObject({
  name: zString(),
  condition: zString(),
  append: zBool().default(false),
  minimum_engine_version: zInt().optional(),
});

/** Parsed `sysdig_secure_macro` configuration. */
export type TSecureMacro = z.infer<typeof ZSecureMacro>;

/** `sysdig_secure_macro`: a Falco macro (named condition), or an append to one. */
export const secureMacro = defineResource({
  type: 'sysdig_secure_macro',
  era: 'current',
  apiFamily: 'macro',
  description: 'Falco macro: a named condition fragment.',
  schema: ZSecureMacro,
  attributes: ordered([
    attribute('name', 'string', {
      help: 'Macro name as used in conditions.',
      required: true,
      forceNew: true,
    }),
    attribute('condition', 'string', { help: 'Falco condition expression.', required: true }),
    attribute('append', 'bool', {
      help: 'Append to an existing macro of this name.',
      default: false,
    }),
    attribute('minimum_engine_version', 'number', { help: 'Minimum Falco engine version.' }),
    versionAttribute(),
  ]),
  // Go struct order: id, version, name, condition{condition}, append, minimumEngineVersion.
  build(config, _refs, target) {
    const body: Record<string, unknown> = {};
    if (target.id) body.id = target.id;
    if (target.version) body.version = target.version;
    body.name = config.name;
    body.condition = { condition: config.condition };
    body.append = config.append;
    if (config.minimum_engine_version !== undefined && config.minimum_engine_version !== 0)
      body.minimumEngineVersion = config.minimum_engine_version;
    return body;
  },
  decode(object) {
    const macro = record(object);
    const config: TConfigObject = {
      name: text(macro.name),
      condition: text(record(macro.condition).condition),
      append: flag(macro.append),
    };
    if (typeof macro.minimumEngineVersion === 'number')
      config.minimum_engine_version = integer(macro.minimumEngineVersion);
    return config;
  },
  dependsOnTypes: ['sysdig_secure_list', 'sysdig_secure_macro'],
  applyOrder: APPLY_ORDER.macro,
});
