import { computeLineStarts } from './compute-line-starts.ts';
import { locateOffset } from './locate-offset.ts';
import { parseCondition } from './parse-condition.ts';
import type { TFalcoDiagnostic } from './types.ts';
import { warnUnknownFields } from './warn-unknown-fields.ts';

/**
 * The diagnostics of a condition typed on its own (a form's condition field): its syntax error
 * (libsinsp's message) and, for the syscall source, unknown built-in fields, positioned by line
 * and column inside the condition text. Pure; never throws.
 */
export function checkConditionText(
  text: string,
  options: { source?: string; item?: string } = {},
): TFalcoDiagnostic[] {
  const lineStarts = computeLineStarts(text);
  const locate = (offset: number) => locateOffset(lineStarts, offset);
  const item = options.item ?? 'condition';
  const result = parseCondition(text, { locate, item, field: 'condition', file: '' });
  const source = options.source ?? 'syscall';
  if (source !== '' && source !== 'syscall') return result.diagnostics;
  return [...result.diagnostics, ...warnUnknownFields(result.ast, locate, { item, file: '' })];
}
