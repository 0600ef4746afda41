import { checkFieldValue, toBooleanValue } from './check-field-value.ts';
import { checkUnknownKeys } from './check-unknown-keys.ts';
import type { TItemReporter } from './create-item-reporter.ts';
import { APPEND_DEPRECATED, ITEM_KEYS } from './falco-vocabulary.ts';
import type { TParsedCondition } from './parse-condition.ts';
import { validateItemCondition } from './validate-item-condition.ts';
import { validateOverride } from './validate-override.ts';
import type { TParsedRulesFile } from './types.ts';

const MACRO_NAME = /^[a-zA-Z]+[a-zA-Z0-9_]*$/;

/**
 * Validates a `macro` item (rule_loader_reader.cpp): a name matching Falco's identifier pattern
 * (else a warning, as Falco gives), a required condition that parses (as a fragment when
 * appended), `append` bool, `override: {condition: append|replace}`, unknown keys. Returns the
 * parsed condition. Side effect: diagnostics on `reporter`.
 */
export function validateMacroItem(
  parsed: Pick<TParsedRulesFile, 'filename' | 'lineStarts'>,
  reporter: TItemReporter,
): TParsedCondition | undefined {
  if (checkFieldValue(reporter, 'macro', 'string', { isRequired: true })) {
    const name = String(reporter.field('macro')?.value);
    if (!MACRO_NAME.test(name)) {
      reporter.report(
        'warning',
        'invalid-macro-name',
        'Macro has an invalid name. Macro names should match a regular expression: ([a-zA-Z]+[a-zA-Z0-9_]*)',
        'macro',
        'A condition can only refer to a macro whose name is a letter followed by letters, digits or underscores.',
      );
    }
  }
  const hasAppend =
    checkFieldValue(reporter, 'append', 'bool') && toBooleanValue(reporter.field('append')?.value);
  if (hasAppend) reporter.report('info', 'deprecated-append', APPEND_DEPRECATED, 'append');
  const overrides = validateOverride(
    reporter,
    { append: ['condition'], replace: ['condition'] },
    hasAppend,
    false,
  );
  checkFieldValue(reporter, 'condition', 'string', {
    isRequired: true,
    requiredHint: 'A macro needs a condition.',
  });
  const condition = validateItemCondition(
    parsed,
    reporter,
    hasAppend || overrides.get('condition') === 'append',
  );
  checkUnknownKeys(reporter, ITEM_KEYS.macro);
  return condition;
}
