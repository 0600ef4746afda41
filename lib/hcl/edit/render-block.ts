import { encodeString } from '../index.ts';
import { checkName } from './check-name.ts';
import { renderAssignments } from './render-assignments.ts';
import { renderValue, type HclRenderLayout } from './render-value.ts';
import type { HclEditBlockSpec } from './types.ts';

/**
 * Renders a block in `terraform fmt` style starting at `layout.indent` (no trailing line break):
 * quoted labels, attributes first with aligned `=`, then a blank line and each nested block,
 * nested blocks separated by blank lines; an empty block is `type {}`. Throws HclEditError
 * 'invalid-value' for a bad type/attribute name or value.
 */
export function renderBlock(
  spec: HclEditBlockSpec,
  layout: HclRenderLayout,
  where: string,
): string {
  checkName(spec.type, 'block type', where);
  const inner: HclRenderLayout = { ...layout, indent: layout.indent + layout.unit };
  const labels = (spec.labels ?? []).map((label) => ` ${encodeString(label)}`).join('');
  const entries = Object.entries(spec.attributes ?? {}).map(([name, value]) => {
    checkName(name, 'attribute name', where);
    return [name, renderValue(value, inner, `${where}.${name}`)] as const;
  });
  const parts: string[] = [];
  if (entries.length > 0) parts.push(renderAssignments(entries, inner.indent, layout.eol));
  for (const block of spec.blocks ?? [])
    parts.push(renderBlock(block, inner, `${where}.${block.type}`));
  const head = `${layout.indent}${spec.type}${labels} {`;
  if (parts.length === 0) return `${head}}`;
  return `${head}${layout.eol}${parts.join(layout.eol + layout.eol)}${layout.eol}${layout.indent}}`;
}
