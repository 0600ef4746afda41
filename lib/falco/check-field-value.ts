import type { TItemReporter } from './create-item-reporter.ts';

/** What a field's value must be. */
export type TFieldValueKind = 'string' | 'bool' | 'uint' | 'string-list';

/** How strictly `checkFieldValue` treats absence and emptiness. */
export interface TCheckFieldValueOptions {
  isRequired?: boolean;
  /** Null or '' allowed (Falco's `decode_optional_empty_val`, used for `source`). */
  canBeEmpty?: boolean;
  /** Why the field is required, as a hint. */
  requiredHint?: string;
}

// yaml-cpp's `convert<bool>` spellings (Falco decodes with yaml-cpp, which is YAML 1.1 here).
const BOOLEAN_WORDS = new Set(['y', 'yes', 'true', 'on', 'n', 'no', 'false', 'off']);

/**
 * Checks the value of `key` the way Falco's reader decodes it (rule_loader_reader.cpp
 * `decode_val`/`decode_seq`), reporting Falco's messages: missing key, empty mapping, not a
 * scalar, empty, cannot decode, not a sequence, sequence value not scalar. Returns true when the
 * value is present and valid. Side effect: diagnostics on `reporter`.
 */
export function checkFieldValue(
  reporter: TItemReporter,
  key: string,
  kind: TFieldValueKind,
  options: TCheckFieldValueOptions = {},
): boolean {
  const field = reporter.field(key);
  if (!field) {
    if (options.isRequired)
      reporter.report(
        'error',
        'missing-field',
        `Item has no mapping for key '${key}'`,
        undefined,
        options.requiredHint,
      );
    return false;
  }
  const { value } = field;
  if (kind === 'string-list') return checkList(reporter, key, value);
  if (value === null || value === undefined) {
    if (options.canBeEmpty) return false;
    reporter.report('error', 'empty-value', `Mapping for key '${key}' is empty`, key);
    return false;
  }
  if (typeof value === 'object') {
    reporter.report(
      'error',
      'not-a-scalar',
      'Value is not a scalar value',
      key,
      `'${key}' takes a single value, not a list or mapping.`,
    );
    return false;
  }
  if (value === '') {
    if (!options.canBeEmpty)
      reporter.report('error', 'empty-value', 'Value must be non-empty', key);
    return false;
  }
  if (kind === 'bool' && !isBooleanValue(value)) {
    reporter.report(
      'error',
      'invalid-bool',
      `Can't decode YAML scalar value: '${String(value)}' is not a boolean`,
      key,
      'Use true or false.',
    );
    return false;
  }
  if (kind === 'uint' && !/^[0-9]+$/.test(String(value))) {
    reporter.report(
      'error',
      'invalid-number',
      `Can't decode YAML scalar value: '${String(value)}' is not a non-negative integer`,
      key,
    );
    return false;
  }
  return true;
}

/** True when `value` decodes as a yaml-cpp boolean. */
export function isBooleanValue(value: unknown): boolean {
  return (
    typeof value === 'boolean' ||
    (typeof value === 'string' && BOOLEAN_WORDS.has(value.toLowerCase()))
  );
}

/** The boolean a yaml-cpp-decodable value stands for (false for anything else). */
export function toBooleanValue(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  return typeof value === 'string' && ['y', 'yes', 'true', 'on'].includes(value.toLowerCase());
}

function checkList(reporter: TItemReporter, key: string, value: unknown): boolean {
  if (!Array.isArray(value)) {
    reporter.report(
      'error',
      'not-a-sequence',
      'Value is not a sequence',
      key,
      `Write '${key}' as a YAML list, e.g. [a, b].`,
    );
    return false;
  }
  const index = value.findIndex((entry) => entry === null || typeof entry === 'object');
  if (index !== -1) {
    reporter.report(
      'error',
      'not-a-scalar',
      `sequence value is not scalar (entry ${index + 1} of '${key}')`,
      key,
    );
    return false;
  }
  return true;
}
