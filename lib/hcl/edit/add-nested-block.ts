import type { HclBlock } from '../index.ts';
import { detectBodyLayout } from './detect-body-layout.ts';
import { checkBlock } from './check-block.ts';
import { insertBodyLines } from './insert-body-lines.ts';
import { formatAddress } from './format-address.ts';
import { renderBlock } from './render-block.ts';
import { resolveAddress } from './resolve-address.ts';
import type { HclEditAddress, HclEditBlockSpec, HclEditResult, HclEditValue } from './types.ts';
import { verifyEdit } from './verify-edit.ts';

function blocksOfType(block: HclBlock, type: string): HclBlock[] {
  return block.body.items.filter(
    (item): item is HclBlock => item.kind === 'block' && item.type === type,
  );
}

/**
 * Adds a nested block `blockType { attributes… nested blocks… }` to the block at `address`
 * (`address.attribute` is ignored): right after the last block of the same type, else at the end
 * of the body, separated from the item above by a blank line, in `terraform fmt` style at the
 * body's indentation. A parent sharing a line with a brace is opened up (see `insertBodyLines`). Returns verified
 * minimal edits. Throws HclEditError 'invalid-value' for a bad type, name or value, plus
 * everything `resolveAddress` and `verifyEdit` throw.
 */
export function addNestedBlock(
  text: string,
  address: HclEditAddress,
  blockType: string,
  attributes: Record<string, HclEditValue>,
  blocks: readonly HclEditBlockSpec[] = [],
): HclEditResult {
  const parentAddress: HclEditAddress = { block: address.block, path: address.path ?? [] };
  const where = `${formatAddress(parentAddress)}.${blockType}`;
  const { block } = resolveAddress(text, parentAddress);
  const layout = detectBodyLayout(text, block);
  const spec: HclEditBlockSpec = { type: blockType, attributes, blocks };
  const rendered = renderBlock(spec, layout, where);
  const siblings = blocksOfType(block, blockType);
  const items = block.body.items;
  const anchor = siblings.at(-1) ?? items.at(-1);
  const lines = items.length > 0 ? ['', rendered] : [rendered];
  const edits = insertBodyLines(text, block, layout, lines, anchor ?? null);
  const index = siblings.length;
  return verifyEdit(text, edits, where, (_parsed, next) => {
    const after = resolveAddress(next, parentAddress);
    const added = blocksOfType(after.block, blockType);
    if (added.length !== index + 1)
      return `expected ${index + 1} ${blockType} blocks, found ${added.length}`;
    return checkBlock(added[index] as HclBlock, spec, next);
  });
}
