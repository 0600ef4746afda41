import type { TItemReporter } from './create-item-reporter.ts';

/** Keys of an item that `override` may append to and replace (Falco rule_loader_reader.cpp). */
export interface TOverridableKeys {
  append: readonly string[];
  replace: readonly string[];
}

/** The operation per key of a valid `override` mapping. */
export type TOverrideOperations = Map<string, 'append' | 'replace'>;

const OVERRIDE_WITH_APPEND =
  "Keys 'override' and 'append: true' cannot be used together. Add an 'append' entry (e.g. 'condition: append') under 'override' instead.";

/**
 * Checks `override` (a mapping of key → append|replace) and its interplay with `append`,
 * reporting Falco's messages; for rules (`isRule`) also that every overridden key is present and
 * every present overridable key is overridden. Returns the operations read. Side effect:
 * diagnostics on `reporter`.
 */
export function validateOverride(
  reporter: TItemReporter,
  keys: TOverridableKeys,
  hasAppendFlag: boolean,
  isRule: boolean,
): TOverrideOperations {
  const operations: TOverrideOperations = new Map();
  const field = reporter.field('override');
  if (!field) return operations;
  const value = field.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    reporter.report(
      'error',
      'invalid-override',
      "'override' must be a mapping of key to 'append' or 'replace'",
      'override',
    );
    return operations;
  }
  for (const [key, operation] of Object.entries(value as Record<string, unknown>)) {
    const canAppend = keys.append.includes(key);
    const canReplace = keys.replace.includes(key);
    if (operation === 'append' && !canAppend) {
      reporter.report(
        'error',
        'invalid-override',
        `Key '${key}' cannot be appended to, use 'replace' instead`,
        'override',
      );
    } else if (operation === 'replace' && !canReplace) {
      reporter.report('error', 'invalid-override', `Key '${key}' cannot be replaced`, 'override');
    } else if (operation === 'append' || operation === 'replace') {
      operations.set(key, operation);
    } else {
      const allowed = [canAppend ? 'append' : '', canReplace ? 'replace' : '']
        .filter(Boolean)
        .join(' ');
      reporter.report(
        'error',
        'invalid-override',
        `Invalid override operation for key '${key}': '${String(operation)}'. Allowed values are: ${allowed}`,
        'override',
      );
    }
  }
  if (hasAppendFlag && operations.size > 0)
    reporter.report('error', 'override-with-append', OVERRIDE_WITH_APPEND, 'append');
  if (isRule && operations.size > 0) checkOverriddenKeysPresent(reporter, keys, operations);
  return operations;
}

function checkOverriddenKeysPresent(
  reporter: TItemReporter,
  keys: TOverridableKeys,
  operations: TOverrideOperations,
): void {
  for (const [key, operation] of operations) {
    if (!reporter.field(key)) {
      reporter.report(
        'error',
        'override-missing-key',
        `An ${operation} override for '${key}' was specified but '${key}' is not defined`,
        'override',
      );
    }
  }
  const overridable = new Set([...keys.append, ...keys.replace]);
  for (const field of reporter.item.fields) {
    if (overridable.has(field.key) && !operations.has(field.key)) {
      reporter.report(
        'error',
        'override-unexpected-key',
        `Unexpected key '${field.key}': no corresponding entry under 'override' is defined.`,
        field.key,
        `Add '${field.key}: append' or '${field.key}: replace' under 'override', or remove '${field.key}'.`,
      );
    }
  }
}
