import type { TDiagnostic, TMarker } from './types.ts';

/**
 * A diagnostic as a Monaco marker (1-based lines and columns, end exclusive). Without an end, or
 * with an empty range, the marker covers the word at the position (or one character), so the
 * squiggle is visible; `lineText(n)` gives line n's text (without newline).
 */
export function toMarker(d: TDiagnostic, lineText: (line: number) => string): TMarker {
  let endLineNumber = d.endLine ?? d.line;
  let endColumn = d.endColumn ?? d.column;
  if (endLineNumber < d.line || (endLineNumber === d.line && endColumn <= d.column)) {
    const text = lineText(d.line);
    endLineNumber = d.line;
    endColumn = d.column;
    while (endColumn - 1 < text.length && /[\w-]/.test(text[endColumn - 1]!)) endColumn++;
    if (endColumn === d.column) endColumn = Math.min(d.column + 1, text.length + 1);
  }
  return {
    severity: d.severity,
    startLineNumber: d.line,
    startColumn: d.column,
    endLineNumber,
    endColumn,
    message: d.hint ? `${d.message}\n${d.hint}` : d.message,
    code: d.code,
  };
}
