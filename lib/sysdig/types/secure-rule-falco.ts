import { z } from 'zod';
import type { TConfigValue } from '../../terraform/config-value.ts';
import { array, flag, integer, record, strings, text } from '../api-read.ts';
import { attribute, ordered, versionAttribute } from '../attribute-meta.ts';
import { defineResource } from '../define-resource.ts';
import type { TConfigObject } from '../definition.ts';
import {
  blocksOf,
  isUnknown,
  listOf,
  zBool,
  zEnum,
  zInt,
  zList,
  zString,
} from '../schema-helpers.ts';
import { APPLY_ORDER } from '../type-names.ts';
import {
  buildFalcoException,
  decodeFalcoException,
  falcoExceptionsAttribute,
  parseJsonText,
  ZFalcoExceptions,
} from '../rule-falco-exceptions.ts';

/** Falco priorities the provider accepts (lowercase only, spec §4.3). */
export const FALCO_PRIORITIES = [
  'emergency',
  'alert',
  'critical',
  'error',
  'warning',
  'notice',
  'info',
  'debug',
] as const;
/** Falco rule sources the provider accepts (spec §4.3). */
export const FALCO_SOURCES = [
  'syscall',
  'k8s_audit',
  'aws_cloudtrail',
  'gcp_auditlog',
  'azure_platformlogs',
  'awscloudtrail',
  'okta',
  'github',
  'guardduty',
] as const;

/** Configuration schema of `sysdig_secure_rule_falco`, with the provider's append=false rules. */
export const ZSecureRuleFalco = z
  .strictObject({
    name: zString(),
    description: zString().default(''),
    tags: zList(zString()).optional(),
    condition: zString().optional(),
    output: zString().default(''),
    priority: zEnum(FALCO_PRIORITIES).default('warning'),
    source: orEmpty(zEnum(FALCO_SOURCES)).default(''),
    minimum_engine_version: zInt().optional(),
    append: zBool().default(false),
    exceptions: ZFalcoExceptions,
  })
  .superRefine((config, context) => {
    if (config.append !== false) return;
    // spec §4.3: client-side errors of the provider, checked only when the values are known.
    for (const field of ['source', 'output', 'priority'] as const) {
      if (config[field] === '')
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `${field} must be set when append = false`,
          params: {
            code: 'missing-required',
            hint: `Set ${field}, or set append = true to extend an existing rule.`,
          },
        });
    }
  });

/** Parsed `sysdig_secure_rule_falco` configuration. */
export type TSecureRuleFalco = z.infer<typeof ZSecureRuleFalco>;

function orEmpty<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.literal('')]);
}

/** `sysdig_secure_rule_falco`: a Falco rule, or an `append` fragment to an existing one. */
export const secureRuleFalco = defineResource({
  type: 'sysdig_secure_rule_falco',
  era: 'current',
  apiFamily: 'rule',
  description: 'Falco rule (condition, output, priority, source, exceptions) or an append to one.',
  schema: ZSecureRuleFalco,
  attributes: ordered([
    attribute('name', 'string', {
      help: 'Rule name; with append, the rule to extend.',
      required: true,
      forceNew: true,
    }),
    attribute('description', 'string', { help: 'What the rule detects.', default: '' }),
    attribute('tags', 'list', { help: 'Tags, e.g. mitre_execution.', elementKind: 'string' }),
    attribute('condition', 'string', { help: 'Falco condition expression.' }),
    attribute('output', 'string', {
      help: 'Event output template; required unless append.',
      default: '',
    }),
    attribute('priority', 'string', {
      help: 'Falco priority (lowercase).',
      default: 'warning',
      enumValues: FALCO_PRIORITIES,
    }),
    attribute('source', 'string', {
      help: 'Event source; required unless append.',
      default: '',
      enumValues: FALCO_SOURCES,
    }),
    attribute('minimum_engine_version', 'number', { help: 'Minimum Falco engine version.' }),
    attribute('append', 'bool', {
      help: 'Append to an existing rule of this name.',
      default: false,
    }),
    falcoExceptionsAttribute,
    versionAttribute(),
  ]),
  build(config, _refs, target) {
    const details: Record<string, unknown> = { allOutbound: false, allInbound: false };
    if (config.append === true || isUnknown(config.append)) details.append = config.append;
    if (config.source !== '') details.source = config.source;
    if (config.output !== '') details.output = config.output;
    details.condition = { condition: config.condition ?? '', components: [] };
    if (config.priority !== '') details.priority = config.priority;
    const exceptions = blocksOf(config.exceptions).map(buildFalcoException);
    if (exceptions.length > 0) details.exceptions = exceptions;
    if (config.minimum_engine_version !== undefined && config.minimum_engine_version !== 0)
      details.minimumEngineVersion = config.minimum_engine_version;
    details.ruleType = 'FALCO';
    const body: Record<string, unknown> = {};
    if (target.id) body.id = target.id;
    body.name = config.name;
    if (config.description !== '') body.description = config.description;
    body.tags = listOf(config.tags);
    body.details = details;
    if (target.version) body.version = target.version;
    return body;
  },
  decode(object) {
    const rule = record(object);
    const details = record(rule.details);
    const config: TConfigObject = {
      name: text(rule.name),
      description: text(rule.description),
      tags: strings(rule.tags),
    };
    if (details.condition !== null && details.condition !== undefined)
      config.condition = text(record(details.condition).condition);
    config.output = text(details.output);
    config.priority = text(details.priority).toLowerCase();
    config.source = text(details.source);
    if (typeof details.minimumEngineVersion === 'number')
      config.minimum_engine_version = integer(details.minimumEngineVersion);
    if (typeof details.append === 'boolean') config.append = flag(details.append);
    const exceptions = array(details.exceptions).map(decodeFalcoException);
    if (exceptions.length > 0) config.exceptions = exceptions;
    return config;
  },
  canonicalHook: (config) => ({
    ...config,
    priority:
      typeof config.priority === 'string'
        ? config.priority.toLowerCase()
        : (config.priority ?? 'warning'),
    tags: Array.isArray(config.tags) ? sortedMultiset(config.tags) : [],
    exceptions: blocksOf(config.exceptions).map((exception) => ({
      ...exception,
      values: parseJsonText(exception.values),
    })),
  }),
  dependsOnTypes: ['sysdig_secure_list', 'sysdig_secure_macro', 'sysdig_secure_rule_falco'],
  applyOrder: APPLY_ORDER.rule,
});

function sortedMultiset(values: TConfigValue[]): TConfigValue[] {
  return [...values].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
}
