import { collectConditionReferences } from './collect-condition-references.ts';
import { ConditionSyntaxError } from './condition-syntax-error.ts';
import { createConditionCursor } from './create-condition-cursor.ts';
import { explainConditionError } from './explain-condition-error.ts';
import { locateInText, type TTextPlacement } from './locate-in-text.ts';
import { parseOrExpression } from './parse-condition-expression.ts';
import type { TConditionNode, TConditionReferences, TFalcoDiagnostic } from './types.ts';

/**
 * Where a condition sits in its file, so diagnostics point into the file: `lineOffset` (HCL
 * heredoc body on line 12 → 11), `columnOffset` (first line only), `continuationColumnOffset`
 * (later lines, e.g. indentation stripped by `<<-`), or an exact `locate` callback.
 */
export interface TParseConditionOptions extends TTextPlacement {
  /** Exact mapping of an offset in the condition to a file position; overrides the offsets. */
  locate?: (offset: number) => { line: number; column: number };
  /**
   * True for `append: true` / `override: {condition: append}` fragments (`and not proc.name=foo`):
   * Falco appends them to an earlier condition, so they are parsed after a placeholder operand.
   */
  isAppendFragment?: boolean;
  /** Recursion cap; libsinsp's default is 100. */
  maxDepth?: number;
  /** Copied onto diagnostics. */
  item?: string;
  field?: string;
  file?: string;
}

/** Result of `parseCondition`. */
export interface TParsedCondition {
  /** null when the condition does not parse. */
  ast: TConditionNode | null;
  diagnostics: TFalcoDiagnostic[];
  references: TConditionReferences;
}

/**
 * Parses a Falco condition (libsinsp filter grammar, userspace/libsinsp/filter/parser.cpp) into
 * an AST. Never throws: a syntax error becomes one `condition-syntax` diagnostic with libsinsp's
 * message, positioned where parsing stopped (mapped into the file through `options`). Pure.
 */
export function parseCondition(
  text: string,
  options: TParseConditionOptions = {},
): TParsedCondition {
  const cursor = createConditionCursor(text, options.maxDepth);
  try {
    if (text.length === 0 || (options.isAppendFragment !== true && text.trim().length === 0)) {
      throw new ConditionSyntaxError('filter input string is empty', 0);
    }
    const first: TConditionNode | undefined = options.isAppendFragment
      ? { kind: 'placeholder', start: 0, end: 0 }
      : undefined;
    const ast = parseOrExpression(cursor, first);
    if (cursor.position !== text.length) {
      cursor.fail(`unexpected token after '${cursor.lastToken}', expecting 'or', 'and'`);
    }
    return { ast, diagnostics: [], references: collectConditionReferences(ast) };
  } catch (error) {
    if (!(error instanceof ConditionSyntaxError)) throw error;
    const diagnostic = conditionDiagnostic(text, error, options);
    return { ast: null, diagnostics: [diagnostic], references: collectConditionReferences(null) };
  }
}

function conditionDiagnostic(
  text: string,
  error: ConditionSyntaxError,
  options: TParseConditionOptions,
): TFalcoDiagnostic {
  // An error at the very end of a multi-line condition points after its last token, not at the
  // line after it (block scalars end with a line break).
  const contentEnd = text.trimEnd().length;
  const offset =
    error.offset >= contentEnd && /[\r\n]/.test(text.slice(contentEnd)) ? contentEnd : error.offset;
  const position = options.locate ? options.locate(offset) : locateInText(text, offset, options);
  return {
    severity: 'error',
    code: 'condition-syntax',
    message: error.message,
    line: position.line,
    column: position.column,
    endLine: position.line,
    endColumn: position.column + 1,
    conditionOffset: offset,
    ...(options.item === undefined ? {} : { item: options.item }),
    ...(options.field === undefined ? {} : { field: options.field }),
    ...(options.file === undefined ? {} : { file: options.file }),
    hint: explainConditionError(error.message),
  };
}
