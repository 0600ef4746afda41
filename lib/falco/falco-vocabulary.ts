/**
 * Fixed vocabularies of Falco rules files, with their sources.
 */

/** Falco priority names; parsing is case-insensitive and `info` means informational (falco_common.cpp). */
export const FALCO_PRIORITIES = [
  'emergency',
  'alert',
  'critical',
  'error',
  'warning',
  'notice',
  'informational',
  'info',
  'debug',
] as const;

/**
 * Event sources: `syscall` (Falco's default), those the Sysdig provider validates (spec §4.3),
 * and the sources of Falco's maintained plugins.
 */
export const KNOWN_SOURCES = [
  'syscall',
  'k8s_audit',
  'aws_cloudtrail',
  'gcp_auditlog',
  'azure_platformlogs',
  'awscloudtrail',
  'okta',
  'github',
  'guardduty',
  'gitlab',
  'keycloak',
  'kafka',
  'nginx',
  'dummy',
] as const;

/** Keys Falco reads for each item kind (rule_loader_reader.cpp `expected_*_keys`). */
export const ITEM_KEYS = {
  rule: [
    'rule',
    'condition',
    'output',
    'desc',
    'priority',
    'source',
    'enabled',
    'capture',
    'capture_duration',
    'warn_evttypes',
    'skip-if-unknown-filter',
    'tags',
    'exceptions',
    'override',
    'append',
  ],
  macro: ['macro', 'condition', 'append', 'override'],
  list: ['list', 'items', 'append', 'override'],
  required_engine_version: ['required_engine_version'],
  required_plugin_versions: ['required_plugin_versions'],
} as const;

/** Rule keys `override` may append to or replace. */
export const RULE_OVERRIDABLE = {
  append: ['condition', 'output', 'desc', 'tags', 'exceptions'],
  replace: [
    'condition',
    'output',
    'desc',
    'priority',
    'capture',
    'capture_duration',
    'tags',
    'exceptions',
    'enabled',
    'warn_evttypes',
    'skip-if-unknown-filter',
  ],
} as const;

/** Falco's deprecation message for `append: true` (rule_loading_messages.h WARNING_APPEND). */
export const APPEND_DEPRECATED =
  "'append' key is deprecated. Add an 'append' entry (e.g. 'condition: append') under 'override' instead.";
