import type { TextEdit } from '../index.ts';
import { addAttribute } from './add-attribute.ts';
import { detectBodyLayout } from './detect-body-layout.ts';
import { checkAttribute } from './check-attribute.ts';
import { formatAddress } from './format-address.ts';
import { HclEditError } from './hcl-edit-error.ts';
import { isExpressionValue } from './is-expression-value.ts';
import { indentOf } from './line-layout.ts';
import { planTupleEdits } from './plan-tuple-edits.ts';
import { renderValue } from './render-value.ts';
import { resolveAddress } from './resolve-address.ts';
import type { HclEditAddress, HclEditResult, HclEditValue } from './types.ts';
import { verifyEdit } from './verify-edit.ts';

/**
 * Sets `address.attribute` of the addressed block to `value`, adding the attribute (see
 * `addAttribute`) when absent. Only the expression's span is replaced, so the name, `=` alignment
 * and trailing comment stay. When both the old expression and the new value are lists and the
 * old one is laid out one element per line, only changed elements are edited (appending one
 * element adds one line); otherwise the expression is re-rendered in `terraform fmt` style
 * indented from the attribute's line (multi-line if the old list was). Returns verified minimal
 * edits. Throws HclEditError: 'invalid-value' (no attribute in the address, unrenderable value),
 * plus everything `resolveAddress` and `verifyEdit` throw.
 */
export function setAttribute(
  text: string,
  address: HclEditAddress,
  value: HclEditValue,
): HclEditResult {
  const where = formatAddress(address);
  if (address.attribute === undefined)
    throw new HclEditError('invalid-value', `${where}: the address names no attribute to set.`);
  const { block, attribute } = resolveAddress(text, address);
  if (!attribute) return addAttribute(text, address, value);
  const { unit, eol } = detectBodyLayout(text, block);
  const layout = { indent: indentOf(text, attribute.start), unit, eol };
  const old = attribute.expression;
  const isOldMultiLineTuple = old.kind === 'tuple' && text.slice(old.start, old.end).includes('\n');
  let edits: TextEdit[] | null = null;
  if (old.kind === 'tuple' && Array.isArray(value) && !isExpressionValue(value))
    edits = planTupleEdits(text, old, value, layout, where);
  if (!edits) {
    const rendered = renderValue(value, layout, where, isOldMultiLineTuple);
    edits = [{ range: { start: old.start, end: old.end }, newText: rendered }];
  }
  return verifyEdit(text, edits, where, checkAttribute(address, value));
}
