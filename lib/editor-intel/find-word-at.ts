const WORD_CHAR = /[\w.-]/;

/** The run of identifier characters and dots around `offset` (`type.name.id`), or null. */
export function findWordAt(
  text: string,
  offset: number,
): { word: string; start: number; end: number } | null {
  let start = offset;
  let end = offset;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  if (start === end) return null;
  return { word: text.slice(start, end), start, end };
}
