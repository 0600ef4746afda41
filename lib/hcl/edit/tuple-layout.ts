import type { HclExpression, HclTuple } from '../index.ts';
import { isSpaces, lineStartOf } from './line-layout.ts';

/** After an element: optional comma, optional same-line comment, then the line break. */
const REST_OF_LINE = /^[ \t]*(,?)[ \t]*(?:(?:#|\/\/)[^\r\n]*|\/\*[^\r\n]*?\*\/[ \t]*)?(?:\r?\n|$)/;

/**
 * Whether a tuple is laid out one element per line: `[` ends its line (a comment may follow),
 * each element starts its own line and ends it (after an optional comma and comment), and `]`
 * starts its own line. Never throws.
 */
export function isOnePerLine(text: string, tuple: HclTuple): boolean {
  const close = tuple.end - 1;
  if (!isSpaces(text, lineStartOf(text, close), close)) return false;
  if (REST_OF_LINE.exec(text.slice(tuple.start + 1))?.[1] !== '') return false;
  return tuple.items.every((item) => {
    const start = lineStartOf(text, item.start);
    return (
      start > tuple.start &&
      isSpaces(text, start, item.start) &&
      REST_OF_LINE.test(text.slice(item.end, close))
    );
  });
}

/** Whether a comma directly follows the element (spaces aside) on its line. Never throws. */
export function hasComma(text: string, item: HclExpression): boolean {
  return REST_OF_LINE.exec(text.slice(item.end))?.[1] === ',';
}
