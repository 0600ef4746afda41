import type { TItemReporter } from './create-item-reporter.ts';
import { suggestName } from './suggest-name.ts';

/**
 * Warns about each key of the item not in `expected` (Falco's `warn_unknown_keys`), suggesting
 * the closest expected key. Side effect: diagnostics on `reporter`.
 */
export function checkUnknownKeys(reporter: TItemReporter, expected: readonly string[]): void {
  for (const field of reporter.item.fields) {
    if (expected.includes(field.key)) continue;
    const suggestion = suggestName(field.key, expected);
    reporter.reportAt(
      field.keyRange,
      'warning',
      'unknown-key',
      `Unknown key '${field.key}'${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
      field.key,
      `Falco ignores it. Keys of a ${reporter.item.kind}: ${expected.join(', ')}.`,
    );
  }
}
