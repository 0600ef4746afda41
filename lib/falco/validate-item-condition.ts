import type { TItemReporter } from './create-item-reporter.ts';
import { locateOffset } from './locate-offset.ts';
import { parseCondition, type TParsedCondition } from './parse-condition.ts';
import type { TParsedRulesFile } from './types.ts';
import { warnUnknownFields } from './warn-unknown-fields.ts';

/**
 * Parses the item's `condition` (as an append fragment when `isAppendFragment`) and reports a
 * syntax error at its exact place in the file, mapped through the scalar's offset map (folded
 * and literal block scalars included), then warns about unknown built-in fields (syscall source
 * only). Returns the parse, or undefined when the item has no scalar condition. Side effect:
 * diagnostics on `reporter`.
 */
export function validateItemCondition(
  parsed: Pick<TParsedRulesFile, 'filename' | 'lineStarts'>,
  reporter: TItemReporter,
  isAppendFragment: boolean,
): TParsedCondition | undefined {
  const field = reporter.field('condition');
  if (!field || field.value === null || typeof field.value === 'object') return undefined;
  const text = String(field.value);
  const mapOffset = field.mapValueOffset ?? (() => field.valueRange.start.offset);
  const locate = (offset: number) => locateOffset(parsed.lineStarts, mapOffset(offset));
  const result = parseCondition(text, {
    isAppendFragment,
    locate,
    item: reporter.item.label,
    field: 'condition',
    file: parsed.filename,
  });
  reporter.diagnostics.push(...result.diagnostics);
  const source = reporter.field('source')?.value;
  // Built-in fields belong to the syscall source; plugin sources have their own.
  if (source === undefined || source === null || source === '' || source === 'syscall') {
    const context = { item: reporter.item.label, file: parsed.filename };
    reporter.diagnostics.push(...warnUnknownFields(result.ast, locate, context));
  }
  return result;
}
