import type { HclAttribute, HclBlock } from '../index.ts';
import { detectBodyLayout } from './detect-body-layout.ts';
import { checkAttribute } from './check-attribute.ts';
import { checkName } from './check-name.ts';
import { insertBodyLines } from './insert-body-lines.ts';
import { isSpaces, lineStartOf } from './line-layout.ts';
import { formatAddress } from './format-address.ts';
import { HclEditError } from './hcl-edit-error.ts';
import { renderValue } from './render-value.ts';
import { resolveAddress } from './resolve-address.ts';
import type { HclEditAddress, HclEditResult, HclEditValue } from './types.ts';
import { verifyEdit } from './verify-edit.ts';

/** The `=` column the new line should use to join the aligned group ending at `anchor`, if any. */
function alignedColumn(text: string, block: HclBlock, anchor: HclAttribute): number | null {
  const isSingle = (a: HclAttribute): boolean => !text.slice(a.start, a.end).includes('\n');
  const lineStart = lineStartOf(text, anchor.start);
  // An anchor sharing the `{` line moves when the body is opened up: nothing to align with.
  if (!isSingle(anchor) || lineStart < block.openBrace || !isSpaces(text, lineStart, anchor.start))
    return null;
  const items = block.body.items;
  const group = [anchor];
  for (let i = items.indexOf(anchor) - 1; i >= 0; i--) {
    const prev = items[i];
    if (prev?.kind !== 'attribute' || !isSingle(prev) || prev.lineEnd !== group[0]?.lineStart)
      break;
    group.unshift(prev);
  }
  const column = anchor.equalsColumn;
  return group.every((a) => a.equalsColumn === column) ? column : null;
}

/**
 * Adds `address.attribute = value` to the addressed block: after the last attribute that precedes
 * the block's first nested block (or first in the body when none does), at the body's indentation.
 * The `=` is aligned with the attribute group it joins when that group is aligned and the new name
 * fits; a longer name is written unaligned (`name = value`) rather than re-aligning other lines.
 * A body sharing a line with a brace (`a { b = 1 }`, `a {}`) is opened up (see `insertBodyLines`). Returns verified
 * minimal edits. Throws HclEditError: 'invalid-value' (no attribute in the address, a bad name or
 * value, or the attribute already exists), plus everything `resolveAddress` and `verifyEdit` throw.
 */
export function addAttribute(
  text: string,
  address: HclEditAddress,
  value: HclEditValue,
): HclEditResult {
  const where = formatAddress(address);
  const name = address.attribute;
  if (name === undefined)
    throw new HclEditError('invalid-value', `${where}: the address names no attribute to add.`);
  checkName(name, 'attribute name', where);
  const { block, attribute } = resolveAddress(text, address);
  if (attribute)
    throw new HclEditError(
      'invalid-value',
      `${where}: the attribute already exists; set it instead.`,
    );
  const layout = detectBodyLayout(text, block);
  const rendered = renderValue(
    value,
    { indent: layout.indent, unit: layout.unit, eol: layout.eol },
    where,
  );
  const firstBlock = block.body.items.findIndex((item) => item.kind === 'block');
  const leading = firstBlock < 0 ? block.body.items : block.body.items.slice(0, firstBlock);
  const anchor = leading.filter((item): item is HclAttribute => item.kind === 'attribute').at(-1);
  const column = anchor ? alignedColumn(text, block, anchor) : null;
  const natural = layout.indent.length + name.length + 2;
  // hclwrite aligns only assignments that end on their line (or open a heredoc).
  const isAlignable = !rendered.includes('\n') || rendered.startsWith('<<');
  const pad =
    isAlignable && column !== null && column > natural ? ' '.repeat(column - natural) : '';
  const line = `${layout.indent}${name}${pad} = ${rendered}`;
  const isBeforeBlock = !anchor && firstBlock === 0;
  const edits = insertBodyLines(
    text,
    block,
    layout,
    isBeforeBlock ? [line, ''] : [line],
    anchor ?? (isBeforeBlock ? 'start' : null),
  );
  return verifyEdit(text, edits, where, checkAttribute(address, value));
}
