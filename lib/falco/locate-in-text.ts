/** Where a text sits inside its file. */
export interface TTextPlacement {
  /** Lines before the text's first line. */
  lineOffset?: number;
  /** Columns before the text's first character, on its first line. */
  columnOffset?: number;
  /** Columns to add on every later line (e.g. the indentation an HCL `<<-` heredoc strips). */
  continuationColumnOffset?: number;
}

/**
 * 1-based file line/column of `offset` in `text`, given where `text` starts in its file. Line
 * breaks are `\n`, `\r\n` and `\r`. Pure.
 */
export function locateInText(
  text: string,
  offset: number,
  placement: TTextPlacement = {},
): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  const isFirstLine = lines.length === 1;
  const extra = isFirstLine
    ? (placement.columnOffset ?? 0)
    : (placement.continuationColumnOffset ?? 0);
  return {
    line: lines.length + (placement.lineOffset ?? 0),
    column: (lines[lines.length - 1]?.length ?? 0) + 1 + extra,
  };
}
