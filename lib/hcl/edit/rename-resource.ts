import {
  encodeString,
  parseHcl,
  type HclBlock,
  type HclParseResult,
  type TextEdit,
} from '../index.ts';
import { findNameReferences } from './find-name-references.ts';
import { HclEditError } from './hcl-edit-error.ts';
import { checkName } from './check-name.ts';
import { findBlocks } from './find-blocks.ts';
import type { HclEditResult } from './types.ts';
import { verifyEdit } from './verify-edit.ts';

/** One file of a rename: its path and text in, its edits and new text out. */
export interface HclFileEdit extends HclEditResult {
  path: string;
}

/**
 * Renames `resource "type" "from"` to `to` across `files`: the block's name label (keeping its
 * quoting) and every reference `type.from…` in every file — attribute traversals, splats
 * (`type.from[*].id`), interpolations in quoted strings and heredocs, `for` expressions (unless
 * `type` is bound by the `for`), `depends_on` lists — found on the parser's expression trees.
 * Returns one entry per input file, in order (`edits` empty when the file is untouched), each
 * verified (no new syntax error, bytes outside the edits unchanged, no `type.from` reference
 * left, as many `type.to` references as before plus those renamed). Throws HclEditError:
 * 'invalid-value' (`to` not an identifier, or `resource "type" "to"` already exists),
 * 'not-found' / 'ambiguous' (zero or several `type.from` blocks), 'syntax-error' (any file has a
 * syntax error: a reference inside a broken block could be missed), 'verification-failed'.
 */
export function renameResource(
  files: ReadonlyArray<{ path: string; text: string }>,
  rename: { type: string; from: string; to: string },
): HclFileEdit[] {
  const { type, from, to } = rename;
  const where = `resource.${type}.${from}`;
  checkName(to, 'resource name', where);
  const parsed: HclParseResult[] = files.map((file) =>
    parseHcl(file.text, { filename: file.path }),
  );
  parsed.forEach((result, i) => {
    const error = result.diagnostics.find((d) => d.severity === 'error');
    if (error)
      throw new HclEditError(
        'syntax-error',
        `${where}: ${files[i]?.path}:${error.range.start.line}:${error.range.start.column} has a syntax error (${error.message}); fix it before renaming.`,
      );
  });
  const declared = parsed.flatMap((result, i) =>
    findBlocks(result.file.body, ['resource', type, from]).map((block) => ({ block, i })),
  );
  if (declared.length === 0)
    throw new HclEditError('not-found', `${where}: no such resource in these files.`);
  if (declared.length > 1)
    throw new HclEditError(
      'ambiguous',
      `${where}: declared ${declared.length} times; remove the duplicate first.`,
    );
  if (parsed.some((result) => findBlocks(result.file.body, ['resource', type, to]).length > 0))
    throw new HclEditError(
      'invalid-value',
      `${where}: resource.${type}.${to} already exists; choose another name.`,
    );
  const owner = declared[0] as { block: HclBlock; i: number };
  return files.map((file, i) => {
    const result = parsed[i] as HclParseResult;
    const edits: TextEdit[] = findNameReferences(file.text, result.file.body, type, from).map(
      (range) => ({ range, newText: to }),
    );
    if (i === owner.i) {
      const label = owner.block.labels[1];
      if (!label) throw new HclEditError('not-found', `${where}: the resource has no name label.`);
      edits.push({
        range: { start: label.start, end: label.end },
        newText: label.isQuoted ? encodeString(to) : to,
      });
    }
    if (edits.length === 0) return { path: file.path, edits: [], text: file.text };
    const toBefore = findNameReferences(file.text, result.file.body, type, to).length;
    const renamed = edits.length - (i === owner.i ? 1 : 0);
    const verified = verifyEdit(file.text, edits, `${file.path}: ${where}`, (after, next) => {
      if (findNameReferences(next, after.file.body, type, from).length > 0)
        return `a reference to ${type}.${from} remains`;
      if (findNameReferences(next, after.file.body, type, to).length !== toBefore + renamed)
        return `the references to ${type}.${to} do not add up`;
      if (i === owner.i && findBlocks(after.file.body, ['resource', type, to]).length !== 1)
        return `resource.${type}.${to} is not declared once`;
      return null;
    });
    return { path: file.path, ...verified };
  });
}
