import type { HclExpression, HclTuple, TextEdit } from '../index.ts';
import { indentOf, lineEndOf, lineStartOf } from './line-layout.ts';
import { hasComma, isOnePerLine } from './tuple-layout.ts';
import { matchesValue } from './matches-value.ts';
import { renderValue, type HclRenderLayout } from './render-value.ts';
import type { HclEditValue } from './types.ts';

/**
 * Longest common subsequence of old elements and new values: matched index pairs in order. The
 * common prefix and suffix are matched first, so the usual edit (append, change one element)
 * costs linear time; the quadratic table only covers the changed middle.
 */
function matchPairs(
  text: string,
  items: HclExpression[],
  values: HclEditValue[],
): [number, number][] {
  const same = (i: number, j: number): boolean =>
    matchesValue(items[i] as HclExpression, values[j] as HclEditValue, text);
  let head = 0;
  while (head < items.length && head < values.length && same(head, head)) head++;
  let tail = 0;
  while (
    tail < items.length - head &&
    tail < values.length - head &&
    same(items.length - 1 - tail, values.length - 1 - tail)
  )
    tail++;
  const n = items.length - head - tail;
  const m = values.length - head - tail;
  const table: Int32Array[] = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  const at = (i: number, j: number): number => (table[i] as Int32Array)[j] as number;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      (table[i] as Int32Array)[j] = same(head + i, head + j)
        ? at(i + 1, j + 1) + 1
        : Math.max(at(i + 1, j), at(i, j + 1));
  const pairs: [number, number][] = [];
  for (let k = 0; k < head; k++) pairs.push([k, k]);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (at(i, j) === at(i + 1, j + 1) + 1 && same(head + i, head + j)) {
      pairs.push([head + i, head + j]);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  for (let k = tail; k > 0; k--) pairs.push([items.length - k, values.length - k]);
  return pairs;
}

/**
 * Element-level edits turning a multi-line tuple (one element per line) into `values`: unchanged
 * elements are kept with their comments, changed ones have only their expression replaced,
 * removed ones lose their line(s), added ones get a line of their own (`element,`) after the
 * element they follow. Returns null when the layout does not allow it (the caller then replaces
 * the whole expression). Throws HclEditError 'invalid-value' for values that cannot be rendered.
 */
export function planTupleEdits(
  text: string,
  tuple: HclTuple,
  values: HclEditValue[],
  layout: HclRenderLayout,
  where: string,
): TextEdit[] | null {
  if (
    values.length === 0 ||
    !text.slice(tuple.start, tuple.end).includes('\n') ||
    !isOnePerLine(text, tuple)
  )
    return null;
  const items = tuple.items;
  const first = items[0];
  const itemLayout = {
    ...layout,
    indent: first ? indentOf(text, first.start) : layout.indent + layout.unit,
  };
  const render = (value: HclEditValue): string => renderValue(value, itemLayout, where);
  const edits: TextEdit[] = [];
  const pairs = [
    ...matchPairs(text, items, values),
    [items.length, values.length] as [number, number],
  ];
  let oldAt = 0;
  let newAt = 0;
  let anchor: HclExpression | null = null;
  for (const [oldEnd, newEnd] of pairs) {
    while (oldAt < oldEnd && newAt < newEnd) {
      const item = items[oldAt++] as HclExpression;
      edits.push({
        range: { start: item.start, end: item.end },
        newText: render(values[newAt++] as HclEditValue),
      });
      anchor = item;
    }
    for (; oldAt < oldEnd; oldAt++) {
      const item = items[oldAt] as HclExpression;
      edits.push({
        range: { start: lineStartOf(text, item.start), end: lineEndOf(text, item.end) },
        newText: '',
      });
    }
    if (newAt < newEnd) {
      const at = anchor ? lineEndOf(text, anchor.end) : lineEndOf(text, tuple.start);
      if (anchor && !hasComma(text, anchor))
        edits.push({ range: { start: anchor.end, end: anchor.end }, newText: ',' });
      let lines = '';
      for (; newAt < newEnd; newAt++)
        lines += `${itemLayout.indent}${render(values[newAt] as HclEditValue)},${layout.eol}`;
      edits.push({ range: { start: at, end: at }, newText: lines });
    }
    anchor = items[oldEnd] ?? anchor;
    oldAt = oldEnd + 1;
    newAt = newEnd + 1;
  }
  return edits;
}
