import type { TextEdit } from '../index.ts';
import { formatAddress } from './format-address.ts';
import { HclEditError } from './hcl-edit-error.ts';
import { isSpaces, lineEndOf, lineStartOf } from './line-layout.ts';
import { findRemovalRange } from './find-removal-range.ts';
import { resolveAddress } from './resolve-address.ts';
import type { HclEditAddress, HclEditResult } from './types.ts';
import { verifyEdit } from './verify-edit.ts';

/**
 * Removes `address.attribute`: its whole `line` span (including its trailing comment), plus the
 * comment lines directly above it when they form a paragraph with it alone, plus one blank line
 * when two would meet (see `findRemovalRange`). In a one-line block (`a { b = 1 }`) only the item is
 * removed, leaving `a {}`. Returns verified minimal edits. Throws HclEditError 'not-found' when
 * the attribute is absent, 'invalid-value' when the address names no attribute, plus everything
 * `resolveAddress` and `verifyEdit` throw.
 */
export function removeAttribute(text: string, address: HclEditAddress): HclEditResult {
  const where = formatAddress(address);
  if (address.attribute === undefined)
    throw new HclEditError('invalid-value', `${where}: the address names no attribute to remove.`);
  const { block, attribute } = resolveAddress(text, address);
  if (!attribute) throw new HclEditError('not-found', `${where}: the attribute is not set.`);
  const isOwnLines =
    isSpaces(text, lineStartOf(text, attribute.start), attribute.start) &&
    attribute.lineStart > block.openBrace &&
    attribute.lineEnd <= lineStartOf(text, block.closeBrace) &&
    lineEndOf(text, attribute.end) === attribute.lineEnd;
  const edit: TextEdit = isOwnLines
    ? {
        range: findRemovalRange(text, { start: attribute.lineStart, end: attribute.lineEnd }),
        newText: '',
      }
    : { range: { start: block.openBrace + 1, end: block.closeBrace }, newText: '' };
  if (!isOwnLines && block.body.items.length !== 1)
    throw new HclEditError(
      'syntax-error',
      `${where}: the attribute shares its line with other items; edit it in the code editor.`,
    );
  return verifyEdit(text, [edit], where, (_parsed, next) => {
    const after = resolveAddress(next, address);
    return after.attribute ? 'the attribute is still present' : null;
  });
}
