import type { TConfigValue } from './config-value.ts';
import { rangeOf } from './range-of.ts';
import { decodeLiteral } from './decode-literal.ts';
import type { TModuleFile, TSourceRange, TTerraformDiagnostic } from './types.ts';

/** One value assigned in a tfvars file. */
export interface TTfvarsEntry {
  value: TConfigValue;
  range: TSourceRange;
}

/**
 * The variable values a `.tfvars` (HCL attributes) or `.tfvars.json` (a JSON object) file
 * assigns. Values must be literal (tfvars cannot reference anything); a non-literal value,
 * a block, or malformed JSON becomes an `invalid-tfvars` diagnostic. Never throws.
 */
export function readTfvarsFile(file: TModuleFile): {
  values: Map<string, TTfvarsEntry>;
  diagnostics: TTerraformDiagnostic[];
} {
  const values = new Map<string, TTfvarsEntry>();
  const diagnostics: TTerraformDiagnostic[] = [];
  const whole: TSourceRange = { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const report = (range: TSourceRange, message: string) =>
    diagnostics.push({
      severity: 'error',
      code: 'invalid-tfvars',
      message,
      file: file.path,
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
    });
  if (file.kind === 'tfvars-json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(file.text);
    } catch (error) {
      report(
        whole,
        `${file.path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`,
      );
      return { values, diagnostics };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      report(whole, `${file.path} must hold one JSON object of variable values.`);
      return { values, diagnostics };
    }
    for (const [name, value] of Object.entries(parsed as Record<string, TConfigValue>))
      values.set(name, { value, range: whole });
    return { values, diagnostics };
  }
  const parsed = file.parsed;
  if (!parsed) return { values, diagnostics };
  const lineStarts = parsed.file.tokens.lineStarts;
  for (const block of parsed.blocks)
    report(
      rangeOf(lineStarts, block.start, block.end),
      `A tfvars file assigns variables only; the block \`${block.type}\` is not allowed here.`,
    );
  for (const attribute of parsed.attributes) {
    const range = rangeOf(lineStarts, attribute.start, attribute.end);
    const value = decodeLiteral(attribute.expression);
    if (value === undefined)
      report(
        range,
        `The value of \`${attribute.name}\` must be a literal: tfvars files cannot use references, functions or interpolation.`,
      );
    else values.set(attribute.name, { value, range });
  }
  return { values, diagnostics };
}
