import type { HclSpan } from '../index.ts';
import { isBlankLine, isCommentLine, lineEndOf, lineStartOf } from './line-layout.ts';

function lineText(text: string, start: number): string {
  return text.slice(start, lineEndOf(text, start)).trim();
}

/** Whether the line starting at `start` opens a body (`… {`) — or there is no line (file start). */
function isParagraphStart(text: string, start: number): boolean {
  if (start === 0) return true;
  const previous = lineStartOf(text, start - 1);
  const line = lineText(text, previous);
  return line === '' || /\{\s*(#.*|\/\/.*)?$/.test(line);
}

/**
 * The range to delete to remove the whole-line item `span` (its `line` span: line start through
 * the trailing comment and line break), chosen so no double blank line and no blank line right
 * after `{` or before `}` remains:
 * - comment lines directly above the item (no blank line between) go with it only when the item
 *   and those comments form a paragraph of their own (blank line, `{` or file start above them;
 *   blank line, `}` or end of file below the item) — otherwise they describe a group and stay;
 * - one adjacent blank line goes too when blank lines (or a brace, or the file's edge) would
 *   otherwise meet.
 * Never throws.
 */
export function findRemovalRange(text: string, span: HclSpan): HclSpan {
  let start = span.start;
  let end = span.end;
  const isBelowEnd = (at: number): boolean =>
    at >= text.length || isBlankLine(text, at) || lineText(text, at).startsWith('}');
  let commentStart = start;
  while (commentStart > 0 && isCommentLine(lineText(text, lineStartOf(text, commentStart - 1))))
    commentStart = lineStartOf(text, commentStart - 1);
  if (commentStart < start && isParagraphStart(text, commentStart) && isBelowEnd(end))
    start = commentStart;
  const isBlankAbove = start > 0 && isBlankLine(text, start - 1);
  const isBlankBelow = end < text.length && isBlankLine(text, end);
  const isEdgeAbove = start === 0 || (!isBlankAbove && isParagraphStart(text, start));
  const isEdgeBelow = end >= text.length || (!isBlankBelow && isBelowEnd(end));
  if (isBlankBelow && (isBlankAbove || isEdgeAbove)) end = lineEndOf(text, end);
  else if (isBlankAbove && isEdgeBelow) start = lineStartOf(text, start - 1);
  // The byte order mark belongs to the file, not to its first line.
  if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1;
  return { start, end };
}
