import { positionAt } from '../hcl/index.ts';
import type { TSourceRange } from './types.ts';

/** The {@link TSourceRange} of UTF-16 offsets `start`–`end`, given a file's line-start table. Never throws. */
export function rangeOf(lineStarts: readonly number[], start: number, end: number): TSourceRange {
  const from = positionAt(lineStarts, start);
  const to = positionAt(lineStarts, end);
  return {
    start,
    end,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
  };
}
