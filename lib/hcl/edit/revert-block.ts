import { parseHcl, type HclBlock, type HclBody, type TextEdit } from '../index.ts';
import { findBlocks } from './find-blocks.ts';
import { findRemovalRange } from './find-removal-range.ts';
import { formatAddress } from './format-address.ts';
import { HclEditError } from './hcl-edit-error.ts';
import { detectEol, isBlankLine, lineEndOf } from './line-layout.ts';
import { removeResource } from './remove-resource.ts';
import type { HclEditResult } from './types.ts';
import { verifyEdit } from './verify-edit.ts';

function findOne(body: HclBody, block: readonly string[], where: string): HclBlock | null {
  const found = findBlocks(body, block);
  if (found.length > 1)
    throw new HclEditError(
      'ambiguous',
      `${where}: ${found.length} blocks ${block.join('.')} in this file; rename one first.`,
    );
  return found[0] ?? null;
}

/** The committed block's text with the comment lines that form a paragraph with it, no blank lines. */
function committedBlockText(committed: string, block: HclBlock): string {
  const range = findRemovalRange(committed, { start: block.lineStart, end: block.lineEnd });
  let start = range.start;
  let end = range.end;
  while (start < block.lineStart && isBlankLine(committed, start))
    start = lineEndOf(committed, start);
  end = Math.max(end, block.lineEnd);
  let text = committed.slice(start, end);
  while (/\n[ \t]*\r?\n$/.test(text)) text = text.replace(/[ \t]*\r?\n$/, '');
  return text.endsWith('\n') ? text : `${text}${detectEol(committed)}`;
}

/** Where to put back a block the draft deleted: after the block that preceded it when committed. */
function insertion(
  text: string,
  body: HclBody,
  previous: HclBlock | undefined,
  block: string,
): TextEdit {
  const eol = detectEol(text);
  const anchor = previous
    ? findBlocks(body, [previous.type, ...previous.labels.map((l) => l.value)])[0]
    : undefined;
  if (anchor)
    return { range: { start: anchor.lineEnd, end: anchor.lineEnd }, newText: `${eol}${block}` };
  if (!previous)
    return { range: { start: 0, end: 0 }, newText: text.trim() ? `${block}${eol}` : block };
  const separator = text === '' ? '' : text.endsWith('\n') ? eol : `${eol}${eol}`;
  return { range: { start: text.length, end: text.length }, newText: `${separator}${block}` };
}

/**
 * Reverts one top-level block (`[type, ...labels]`, e.g. `['resource', type, name]`) of `text`
 * to how it reads in `committed` (the same file at the last commit), leaving every other byte of
 * `text` as it is: a changed block gets its committed text back, a block the draft added is
 * removed (as `removeResource` does), a block the draft deleted is put back (with the comment
 * paragraph above it) after the block that preceded it, or at the end of the file. Returns
 * verified minimal edits. Throws HclEditError: 'not-found' (neither version has the block),
 * 'ambiguous', 'syntax-error' (the draft's block does not parse) or 'verification-failed'.
 */
export function revertBlock(text: string, committed: string, block: string[]): HclEditResult {
  const where = formatAddress({ block });
  const before = parseHcl(committed).file.body;
  const now = parseHcl(text).file.body;
  const old = findOne(before, block, where);
  const current = findOne(now, block, where);
  if (!old && !current)
    throw new HclEditError('not-found', `${where}: no block ${block.join('.')} in either version.`);
  if (!old) return removeResource(text, block);
  const expected = committed.slice(old.lineStart, old.lineEnd).replace(/\r?\n$/, '');
  let edit: TextEdit;
  if (current) {
    const newText = committed.slice(old.lineStart, old.lineEnd);
    const keepsEnd =
      /\n$/.test(newText) || !/\n$/.test(text.slice(current.lineStart, current.lineEnd));
    edit = {
      range: { start: current.lineStart, end: current.lineEnd },
      newText: keepsEnd ? newText : `${newText}${detectEol(text)}`,
    };
  } else {
    const index = before.items.indexOf(old);
    const previous = before.items
      .slice(0, index)
      .reverse()
      .find((item): item is HclBlock => item.kind === 'block');
    edit = insertion(text, now, previous, committedBlockText(committed, old));
  }
  return verifyEdit(text, [edit], where, (parsed, next) => {
    const found = findBlocks(parsed.file.body, block);
    if (found.length !== 1) return 'the block is not there exactly once';
    const got = next.slice(found[0]!.lineStart, found[0]!.lineEnd).replace(/\r?\n$/, '');
    return got === expected ? null : 'the block does not read as committed';
  });
}
