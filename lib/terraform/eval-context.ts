import type { HclExpression } from '../hcl/index.ts';
import type { TConfigValue } from './config-value.ts';
import { rangeOf } from './range-of.ts';
import type { TModule, TTerraformDiagnostic } from './types.ts';

/** What an expression is evaluated against. Contexts are values: derive, never mutate shared ones. */
export interface TEvalContext {
  module: TModule;
  /** File the expression comes from (diagnostics point there). */
  file: string;
  /** Full text of that file (expression source text is sliced from it). */
  text: string;
  lineStarts: readonly number[];
  /** Names bound by `for` expressions, template directives or `templatefile` variables. */
  scope: ReadonlyMap<string, TConfigValue>;
  /** The current item of a splat expression. */
  splatItem?: TConfigValue;
  /** Where diagnostics go. */
  diagnostics: TTerraformDiagnostic[];
  address?: string;
  attribute?: string;
  /** Locals being evaluated (cycle detection). */
  localStack: readonly string[];
  /** True inside a `templatefile` template: only its variables are in scope. */
  isTemplateFile: boolean;
}

/**
 * Records a diagnostic at `node` in the context's file (with the context's address/attribute).
 * Side effect: appends to `context.diagnostics`. Never throws.
 */
export function reportAt(
  context: TEvalContext,
  node: { start: number; end: number },
  code: string,
  message: string,
  options: { severity?: TTerraformDiagnostic['severity']; hint?: string } = {},
): void {
  const range = rangeOf(context.lineStarts, node.start, node.end);
  const diagnostic: TTerraformDiagnostic = {
    severity: options.severity ?? 'error',
    code,
    message,
    file: context.file,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
  };
  if (context.address !== undefined) diagnostic.address = context.address;
  if (context.attribute !== undefined) diagnostic.attribute = context.attribute;
  if (options.hint !== undefined) diagnostic.hint = options.hint;
  context.diagnostics.push(diagnostic);
}

/** Source text of an expression in the context's file. Never throws. */
export function sourceOf(
  context: TEvalContext,
  node: HclExpression | { start: number; end: number },
): string {
  return context.text.slice(node.start, node.end);
}
