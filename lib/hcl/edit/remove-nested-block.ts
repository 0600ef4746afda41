import type { HclBlock, TextEdit } from '../index.ts';
import { formatAddress } from './format-address.ts';
import { HclEditError } from './hcl-edit-error.ts';
import { isSpaces, lineStartOf } from './line-layout.ts';
import { findRemovalRange } from './find-removal-range.ts';
import { resolveAddress } from './resolve-address.ts';
import type { HclEditAddress, HclEditResult } from './types.ts';
import { verifyEdit } from './verify-edit.ts';

/**
 * Removes the nested block that `address.path` ends with: its whole lines (see `findRemovalRange` for
 * the comments above it and blank lines). A block sharing a one-line parent (`a { b {} }`) is
 * removed with the parent left as `a {}`. Returns verified minimal edits. Throws HclEditError
 * 'invalid-value' when the path is empty, 'syntax-error' when the block shares its lines with
 * other items, plus everything `resolveAddress` and `verifyEdit` throw.
 */
export function removeNestedBlock(text: string, address: HclEditAddress): HclEditResult {
  const path = address.path ?? [];
  const target: HclEditAddress = { block: address.block, path };
  const where = formatAddress(target);
  const last = path.at(-1);
  if (!last)
    throw new HclEditError(
      'invalid-value',
      `${where}: the address names no nested block (empty path).`,
    );
  const { chain } = resolveAddress(text, target);
  const block = chain.at(-1) as HclBlock;
  const parent = chain.at(-2) as HclBlock;
  const isOwnLines =
    isSpaces(text, lineStartOf(text, block.start), block.start) &&
    block.lineStart > parent.openBrace &&
    block.lineEnd <= lineStartOf(text, parent.closeBrace);
  let edit: TextEdit;
  if (isOwnLines)
    edit = {
      range: findRemovalRange(text, { start: block.lineStart, end: block.lineEnd }),
      newText: '',
    };
  else if (parent.body.items.length === 1)
    edit = { range: { start: parent.openBrace + 1, end: parent.closeBrace }, newText: '' };
  else
    throw new HclEditError(
      'syntax-error',
      `${where}: the block shares its line with other items; edit it in the code editor.`,
    );
  const count = parent.body.items.filter(
    (item) => item.kind === 'block' && item.type === last.block,
  ).length;
  const parentAddress: HclEditAddress = { block: address.block, path: path.slice(0, -1) };
  return verifyEdit(text, [edit], where, (_parsed, next) => {
    const after = resolveAddress(next, parentAddress).block;
    const left = after.body.items.filter(
      (item) => item.kind === 'block' && item.type === last.block,
    ).length;
    return left === count - 1
      ? null
      : `expected ${count - 1} ${last.block} blocks to remain, found ${left}`;
  });
}
