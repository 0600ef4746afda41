/** Offset of the first character of the line containing `offset` (UTF-16). Never throws. */
export function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}
