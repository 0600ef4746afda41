import { checkFieldValue, toBooleanValue } from './check-field-value.ts';
import { checkUnknownKeys } from './check-unknown-keys.ts';
import type { TItemReporter } from './create-item-reporter.ts';
import { APPEND_DEPRECATED, ITEM_KEYS } from './falco-vocabulary.ts';
import { validateOverride } from './validate-override.ts';

const LIST_NAME = /^[^()"'\s=,]+$/;

/**
 * Validates a `list` item (rule_loader_reader.cpp): a name matching Falco's bare-string pattern
 * (else a warning), `items` a sequence of scalars, `append` bool, `override: {items: …}`,
 * unknown keys. Side effect: diagnostics on `reporter`.
 */
export function validateListItem(reporter: TItemReporter): void {
  if (checkFieldValue(reporter, 'list', 'string', { isRequired: true })) {
    const name = String(reporter.field('list')?.value);
    if (!LIST_NAME.test(name)) {
      reporter.report(
        'warning',
        'invalid-list-name',
        `List has an invalid name. List names should match a regular expression: ([^()"'[:space:]=,]+)`,
        'list',
      );
    }
  }
  checkFieldValue(reporter, 'items', 'string-list', {
    isRequired: true,
    requiredHint: 'A list needs items, e.g. items: [a, b].',
  });
  const hasAppend =
    checkFieldValue(reporter, 'append', 'bool') && toBooleanValue(reporter.field('append')?.value);
  if (hasAppend) reporter.report('info', 'deprecated-append', APPEND_DEPRECATED, 'append');
  validateOverride(reporter, { append: ['items'], replace: ['items'] }, hasAppend, false);
  checkUnknownKeys(reporter, ITEM_KEYS.list);
}
