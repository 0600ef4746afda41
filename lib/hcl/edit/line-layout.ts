/** Line helpers shared by the edit operations; offsets are UTF-16. Pure, never throw. */
import { lineStartOf } from '../line-start-of.ts';

export { lineStartOf };

/** Offset just after the newline ending the line containing `offset` (text length on the last line). */
export function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** The leading spaces and tabs of the line containing `offset`. */
export function indentOf(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  let end = start;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return text.slice(start, end);
}

/** Whether the line containing `offset` holds only spaces/tabs (and its line break). */
export function isBlankLine(text: string, offset: number): boolean {
  const start = lineStartOf(text, offset);
  const end = lineEndOf(text, offset);
  return text.slice(start, end).trim() === '';
}

/** Whether `text[from, to)` holds only spaces and tabs. */
export function isSpaces(text: string, from: number, to: number): boolean {
  return /^[ \t]*$/.test(text.slice(from, to));
}

/** The file's line break: `\r\n` when its first line ends so, else `\n`. */
export function detectEol(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * One indentation level: the difference between a nested line's indentation and its parent's
 * when one extends the other; else a tab when the file's first indented line starts with one;
 * else two spaces, as `terraform fmt` writes.
 */
export function detectIndentUnit(
  text: string,
  parentIndent?: string,
  childIndent?: string,
): string {
  if (
    parentIndent !== undefined &&
    childIndent !== undefined &&
    childIndent.length > parentIndent.length &&
    childIndent.startsWith(parentIndent)
  )
    return childIndent.slice(parentIndent.length);
  return /^([ \t]+)\S/m.exec(text)?.[1]?.startsWith('\t') ? '\t' : '  ';
}

/** Whether a trimmed line is only a comment (`#`, `//`, or one `/* … *\/`). */
export function isCommentLine(line: string): boolean {
  if (line.startsWith('#') || line.startsWith('//')) return true;
  return line.startsWith('/*') && line.endsWith('*/') && line.indexOf('*/') === line.length - 2;
}
