/** Offset of the first character of the line containing `offset` (UTF-16). Never throws. */
export function lineStartOf(text: string, offset: number): number {
  // A loop, not `lastIndexOf`: the parser asks this for every attribute and block, whose line
  // start is a few characters of indentation back, and the builtin's call cost more than that
  // (4 % of a warm parse). Attributes and blocks each start a line, so over a file the loop
  // reads each character at most about once.
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10) i--;
  return i;
}
