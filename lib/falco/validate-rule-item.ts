import { checkFieldValue, toBooleanValue } from './check-field-value.ts';
import { checkUnknownKeys } from './check-unknown-keys.ts';
import type { TItemReporter } from './create-item-reporter.ts';
import {
  APPEND_DEPRECATED,
  FALCO_PRIORITIES,
  ITEM_KEYS,
  KNOWN_SOURCES,
  RULE_OVERRIDABLE,
} from './falco-vocabulary.ts';
import type { TParsedCondition } from './parse-condition.ts';
import { suggestName } from './suggest-name.ts';
import { validateExceptions } from './validate-exceptions.ts';
import { validateItemCondition } from './validate-item-condition.ts';
import { validateOverride } from './validate-override.ts';
import type { TParsedRulesFile } from './types.ts';

const REQUIRED = ['condition', 'output', 'desc', 'priority'] as const;
const REQUIRED_HINT =
  'A rule needs condition, desc, output and priority, unless it uses append or override.';
const BOOLEAN_KEYS = ['enabled', 'capture', 'warn_evttypes', 'skip-if-unknown-filter'];

/**
 * Validates a `rule` item as Falco's reader does (rule_loader_reader.cpp `read_item`): the three
 * shapes (full definition, `append: true` fragment, `override` update, or a bare `enabled`
 * toggle), required keys, priority, source, booleans, tags, exceptions, override, unknown keys,
 * and the condition's syntax. Returns the parsed condition, if any. Side effect: diagnostics on
 * `reporter`.
 */
export function validateRuleItem(
  parsed: Pick<TParsedRulesFile, 'filename' | 'lineStarts'>,
  reporter: TItemReporter,
): TParsedCondition | undefined {
  checkFieldValue(reporter, 'rule', 'string', { isRequired: true });
  const hasAppend =
    checkFieldValue(reporter, 'append', 'bool') && toBooleanValue(reporter.field('append')?.value);
  if (hasAppend) reporter.report('info', 'deprecated-append', APPEND_DEPRECATED, 'append');
  if (checkFieldValue(reporter, 'source', 'string', { canBeEmpty: true })) checkSource(reporter);
  const overrides = validateOverride(reporter, RULE_OVERRIDABLE, hasAppend, true);
  let condition: TParsedCondition | undefined;
  if (overrides.size > 0) {
    for (const [key, operation] of overrides) checkValue(reporter, key, operation === 'append');
    condition = validateItemCondition(parsed, reporter, overrides.get('condition') === 'append');
  } else if (hasAppend) {
    for (const key of ['output', 'desc', 'priority', 'tags', 'enabled']) {
      if (reporter.field(key))
        reporter.report(
          'warning',
          'ignored-with-append',
          `'${key}' is ignored on a rule with 'append: true'`,
          key,
          "Use 'override' to change it.",
        );
    }
    checkFieldValue(reporter, 'condition', 'string');
    validateExceptions(reporter, true);
    condition = validateItemCondition(parsed, reporter, true);
  } else if (REQUIRED.every((key) => !reporter.field(key))) {
    checkFieldValue(reporter, 'enabled', 'bool', { isRequired: true, requiredHint: REQUIRED_HINT });
    reporter.report(
      'info',
      'deprecated-enabled',
      "The standalone 'enabled' key usage is deprecated. The correct approach requires also a 'replace' entry under the 'override' key (i.e. 'enabled: replace').",
      'enabled',
    );
  } else {
    for (const key of ['condition', 'output', 'desc'])
      checkFieldValue(reporter, key, 'string', { isRequired: true, requiredHint: REQUIRED_HINT });
    checkPriority(reporter, true);
    for (const key of [...BOOLEAN_KEYS, 'capture_duration', 'tags', 'exceptions'])
      checkValue(reporter, key, false);
    condition = validateItemCondition(parsed, reporter, false);
  }
  checkUnknownKeys(reporter, ITEM_KEYS.rule);
  return condition;
}

function checkValue(reporter: TItemReporter, key: string, isAppend: boolean): void {
  if (!reporter.field(key)) return;
  if (BOOLEAN_KEYS.includes(key)) checkFieldValue(reporter, key, 'bool');
  else if (key === 'capture_duration') checkFieldValue(reporter, key, 'uint');
  else if (key === 'tags') checkFieldValue(reporter, key, 'string-list');
  else if (key === 'exceptions') validateExceptions(reporter, isAppend);
  else if (key === 'priority') checkPriority(reporter, false);
  else checkFieldValue(reporter, key, 'string');
}

function checkPriority(reporter: TItemReporter, isRequired: boolean): void {
  if (!checkFieldValue(reporter, 'priority', 'string', { isRequired, requiredHint: REQUIRED_HINT }))
    return;
  const value = String(reporter.field('priority')?.value);
  if ((FALCO_PRIORITIES as readonly string[]).includes(value.toLowerCase())) return;
  const suggestion = suggestName(value, FALCO_PRIORITIES);
  reporter.report(
    'error',
    'invalid-priority',
    `Invalid priority '${value}'${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
    'priority',
    `Falco accepts (any case): ${FALCO_PRIORITIES.join(', ')}.`,
  );
}

function checkSource(reporter: TItemReporter): void {
  const value = String(reporter.field('source')?.value);
  if ((KNOWN_SOURCES as readonly string[]).includes(value)) return;
  const suggestion = suggestName(value, KNOWN_SOURCES);
  reporter.report(
    'warning',
    'unknown-source',
    `Unknown source '${value}'${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
    'source',
    `Falco loads the rule only when a plugin provides this source. Known sources: ${KNOWN_SOURCES.join(', ')}.`,
  );
}
