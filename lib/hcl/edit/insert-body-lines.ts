import type { HclAttribute, HclBlock, TextEdit } from '../index.ts';
import type { HclBodyLayout } from './detect-body-layout.ts';
import { isSpaces, lineEndOf, lineStartOf } from './line-layout.ts';

/** Where to insert: after an item, at the start of the body, or (null) at its end. */
export type HclBodyAnchor = HclAttribute | HclBlock | 'start' | null;

function isOwnLines(text: string, block: HclBlock, item: HclAttribute | HclBlock): boolean {
  const start = lineStartOf(text, item.start);
  const closeLine = lineStartOf(text, block.closeBrace);
  return (
    start > block.openBrace &&
    isSpaces(text, start, item.start) &&
    item.lineEnd <= closeLine &&
    isSpaces(text, closeLine, block.closeBrace)
  );
}

/**
 * Edits inserting `lines` (already indented, without line breaks at the ends) into `block`'s
 * body: after `anchor` when it sits on lines of its own, right after the `{` line for `'start'`
 * when that line holds nothing else, else at the end of the body. A body sharing a line with a
 * brace (`a { b = 1 }`, `a {}`, `a { b = {⏎…⏎} }`) is opened up: whitespace after `{` before the
 * first item becomes a line break, and `}` moves to its own line — the items' own text, comments
 * included, is never rewritten. Never throws.
 */
export function insertBodyLines(
  text: string,
  block: HclBlock,
  layout: HclBodyLayout,
  lines: readonly string[],
  anchor: HclBodyAnchor,
): TextEdit[] {
  const { eol } = layout;
  const body = lines.join(eol);
  if (anchor !== null && anchor !== 'start' && isOwnLines(text, block, anchor))
    return [{ range: { start: anchor.lineEnd, end: anchor.lineEnd }, newText: body + eol }];
  const afterOpen = lineEndOf(text, block.openBrace);
  const first = block.body.items[0];
  const isOpenLineFree = (!first || first.start >= afterOpen) && afterOpen <= block.closeBrace;
  if (anchor === 'start' && isOpenLineFree && lineStartOf(text, block.closeBrace) >= afterOpen)
    return [{ range: { start: afterOpen, end: afterOpen }, newText: body + eol }];
  const edits: TextEdit[] = [];
  if (first && first.start < afterOpen) {
    let end = block.openBrace + 1;
    while (text[end] === ' ' || text[end] === '\t') end++;
    edits.push({ range: { start: block.openBrace + 1, end }, newText: eol + layout.indent });
  }
  const closeLine = lineStartOf(text, block.closeBrace);
  if (closeLine > block.openBrace && isSpaces(text, closeLine, block.closeBrace)) {
    edits.push({ range: { start: closeLine, end: closeLine }, newText: body + eol });
    return edits;
  }
  let start = block.closeBrace;
  const floor = edits[0]?.range.end ?? block.openBrace + 1;
  while (start > floor && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  edits.push({
    range: { start, end: block.closeBrace },
    newText: eol + body + eol + layout.parentIndent,
  });
  return edits;
}
