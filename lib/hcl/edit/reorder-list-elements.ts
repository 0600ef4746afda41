import type { HclExpression, HclTuple, TextEdit } from '../index.ts';
import { formatAddress } from './format-address.ts';
import { HclEditError } from './hcl-edit-error.ts';
import { isCommentLine, lineEndOf, lineStartOf } from './line-layout.ts';
import { resolveAddress } from './resolve-address.ts';
import { hasComma, isOnePerLine } from './tuple-layout.ts';
import type { HclEditAddress, HclEditResult } from './types.ts';
import { verifyEdit } from './verify-edit.ts';

interface Unit {
  start: number;
  end: number;
  item: HclExpression;
  hasComma: boolean;
}

/** Each element's own lines: comment lines directly above it, its line(s), its trailing comment. */
function unitsOf(text: string, tuple: HclTuple): Unit[] {
  let floor = lineEndOf(text, tuple.start);
  return tuple.items.map((item) => {
    let start = lineStartOf(text, item.start);
    while (start > floor) {
      const above = lineStartOf(text, start - 1);
      if (!isCommentLine(text.slice(above, start).trim())) break;
      start = above;
    }
    const end = lineEndOf(text, item.end);
    floor = end;
    return { start, end, item, hasComma: hasComma(text, item) };
  });
}

/** The unit's text with its comma added or removed to suit the slot it moves to. */
function placed(text: string, unit: Unit, needsComma: boolean): string {
  const head = text.slice(unit.start, unit.item.end);
  let tail = text.slice(unit.item.end, unit.end);
  if (unit.hasComma && !needsComma) tail = tail.replace(',', '');
  if (!unit.hasComma && needsComma) tail = `,${tail}`;
  return head + tail;
}

/**
 * Permutes the elements of the list attribute at `address`: element `newOrder[i]` moves to
 * position `i`. Each element keeps its own text; in a one-element-per-line list it also keeps its
 * trailing comment and the comment lines directly above it (commas follow the positions). In
 * other layouts only the element expressions move. Returns verified minimal edits. Throws
 * HclEditError 'invalid-value' (no attribute in the address, not a list, `newOrder` not a
 * permutation of the element indexes), 'not-found' (attribute absent), plus everything
 * `resolveAddress` and `verifyEdit` throw.
 */
export function reorderListElements(
  text: string,
  address: HclEditAddress,
  newOrder: number[],
): HclEditResult {
  const where = formatAddress(address);
  if (address.attribute === undefined)
    throw new HclEditError('invalid-value', `${where}: the address names no attribute.`);
  const { attribute } = resolveAddress(text, address);
  if (!attribute) throw new HclEditError('not-found', `${where}: the attribute is not set.`);
  const tuple = attribute.expression;
  if (tuple.kind !== 'tuple')
    throw new HclEditError('invalid-value', `${where}: the attribute is not a list literal.`);
  const n = tuple.items.length;
  const isPermutation =
    newOrder.length === n &&
    new Set(newOrder).size === n &&
    newOrder.every((i) => Number.isInteger(i) && i >= 0 && i < n);
  if (!isPermutation)
    throw new HclEditError(
      'invalid-value',
      `${where}: [${newOrder.join(', ')}] is not a permutation of 0…${n - 1}.`,
    );
  const edits: TextEdit[] = [];
  if (isOnePerLine(text, tuple)) {
    const units = unitsOf(text, tuple);
    units.forEach((slot, i) => {
      const from = newOrder[i] as number;
      if (from !== i)
        edits.push({
          range: { start: slot.start, end: slot.end },
          newText: placed(text, units[from] as Unit, slot.hasComma),
        });
    });
  } else {
    tuple.items.forEach((slot, i) => {
      const from = tuple.items[newOrder[i] as number] as HclExpression;
      if (from !== slot)
        edits.push({
          range: { start: slot.start, end: slot.end },
          newText: text.slice(from.start, from.end),
        });
    });
  }
  const expected = newOrder.map((i) => {
    const item = tuple.items[i] as HclExpression;
    return text.slice(item.start, item.end);
  });
  return verifyEdit(text, edits, where, (_parsed, next) => {
    const after = resolveAddress(next, address).attribute?.expression;
    if (after?.kind !== 'tuple' || after.items.length !== n)
      return 'the list does not read back with the same length';
    const ok = after.items.every((item, i) => next.slice(item.start, item.end) === expected[i]);
    return ok ? null : 'the elements do not read back in the requested order';
  });
}
