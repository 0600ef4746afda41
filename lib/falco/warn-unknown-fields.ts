import { checkConditionFields } from './check-condition-fields.ts';
import type { TConditionNode, TFalcoDiagnostic } from './types.ts';

/**
 * `unknown-field` warnings for a condition's unknown built-in fields, positioned through
 * `locate` (condition offset → file line/column). Pure.
 */
export function warnUnknownFields(
  ast: TConditionNode | null,
  locate: (offset: number) => { line: number; column: number },
  context: { item: string; file: string },
): TFalcoDiagnostic[] {
  return checkConditionFields(ast).map((unknown) => {
    const start = locate(unknown.start);
    const end = locate(unknown.end);
    const didYouMean = unknown.suggestion ? `; did you mean '${unknown.suggestion}'?` : '';
    return {
      severity: 'warning',
      code: 'unknown-field',
      message: `Unknown field '${unknown.name}'${didYouMean}`,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      item: context.item,
      field: 'condition',
      file: context.file,
      hint: 'Falco refuses conditions with fields its libraries do not define (checked against libsinsp built-in fields).',
    };
  });
}
