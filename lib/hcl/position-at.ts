import type { HclPosition } from './types.ts';

/**
 * Converts a UTF-16 offset to a position (1-based line, 1-based UTF-16 column) using the
 * line-start table of a token stream. Offsets past the end clamp to the end. Never throws.
 */
export function positionAt(lineStarts: readonly number[], offset: number): HclPosition {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { offset, line: lo + 1, column: offset - (lineStarts[lo] as number) + 1 };
}
