import type { TextEdit } from './types.ts';

/**
 * Applies non-overlapping edits (UTF-16 offsets into `text`) and returns the new text. Edits
 * may come in any order; two insertions at the same offset keep their given order.
 * Throws RangeError when an edit is out of bounds or edits overlap.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((edit, index) => ({ edit, index }))
    .sort(
      (a, b) =>
        a.edit.range.start - b.edit.range.start ||
        a.edit.range.end - b.edit.range.end ||
        a.index - b.index,
    );
  let out = '';
  let cursor = 0;
  for (const { edit } of sorted) {
    const { start, end } = edit.range;
    if (start < 0 || end > text.length || start > end)
      throw new RangeError(`Edit ${start}-${end} is outside the text (length ${text.length})`);
    if (start < cursor)
      throw new RangeError(`Edit ${start}-${end} overlaps a previous edit ending at ${cursor}`);
    out += text.slice(cursor, start) + edit.newText;
    cursor = end;
  }
  return out + text.slice(cursor);
}
