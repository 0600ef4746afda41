import type { TSourcePosition, TSourceRange } from './types.ts';

/**
 * 1-based line/column of `offset`, given the line starts from `computeLineStarts`. Offsets past
 * the end clamp to the last line. Pure; never throws.
 */
export function locateOffset(lineStarts: readonly number[], offset: number): TSourcePosition {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { offset, line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}

/** A TSourceRange for `[start, end)`. */
export function locateRange(
  lineStarts: readonly number[],
  start: number,
  end: number,
): TSourceRange {
  return { start: locateOffset(lineStarts, start), end: locateOffset(lineStarts, end) };
}
