import { applyTextEdits, type TextEdit } from '../index.ts';

/** Whether a cut at `at` would split a surrogate pair or a CRLF of `text`. */
function splits(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  return (before >= 0xd800 && before <= 0xdbff) || (before === 13 && text.charCodeAt(at) === 10);
}

function trim(text: string, edit: TextEdit): TextEdit | null {
  const old = text.slice(edit.range.start, edit.range.end);
  const next = edit.newText;
  const max = Math.min(old.length, next.length);
  let prefix = 0;
  while (prefix < max && old.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  while (prefix > 0 && (splits(old, prefix) || splits(next, prefix))) prefix--;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    old.charCodeAt(old.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  )
    suffix++;
  while (suffix > 0 && (splits(old, old.length - suffix) || splits(next, next.length - suffix)))
    suffix--;
  const range = { start: edit.range.start + prefix, end: edit.range.end - suffix };
  const newText = next.slice(prefix, next.length - suffix);
  if (range.start === range.end && newText === '') return null;
  return { range, newText };
}

/**
 * Shrinks each edit to the characters that really change (common prefix/suffix of old and new
 * text removed, never splitting a surrogate pair or CRLF) and drops no-op edits. Falls back to the
 * given edits if shrinking would change the result. Throws RangeError for invalid edits.
 */
export function minimizeEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const expected = applyTextEdits(text, edits);
  const trimmed = edits.map((edit) => trim(text, edit)).filter((e): e is TextEdit => e !== null);
  return applyTextEdits(text, trimmed) === expected ? trimmed : [...edits];
}
