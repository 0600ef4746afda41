import { formatAddress } from './format-address.ts';
import { findRemovalRange } from './find-removal-range.ts';
import { findBlocks } from './find-blocks.ts';
import { resolveAddress } from './resolve-address.ts';
import type { HclEditResult } from './types.ts';
import { verifyEdit } from './verify-edit.ts';

/**
 * Removes a top-level block — `['resource', type, name]`, or any `[type, ...labels]` — with its
 * whole lines and one adjacent blank line so no double blank line remains; comment lines directly
 * above it go too when they form a paragraph with it (see `findRemovalRange`). Returns verified
 * minimal edits. Throws what `resolveAddress` ('not-found', 'ambiguous', 'syntax-error') and
 * `verifyEdit` throw.
 */
export function removeResource(text: string, address: string[]): HclEditResult {
  const where = formatAddress({ block: address });
  const { block } = resolveAddress(text, { block: address });
  const edit = {
    range: findRemovalRange(text, { start: block.lineStart, end: block.lineEnd }),
    newText: '',
  };
  return verifyEdit(text, [edit], where, (parsed) =>
    findBlocks(parsed.file.body, address).length === 0 ? null : 'the block is still present',
  );
}
