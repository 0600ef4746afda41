import { parseHcl, type HclBlock } from '../index.ts';
import { checkBlock } from './check-block.ts';
import { HclEditError } from './hcl-edit-error.ts';
import { detectEol, detectIndentUnit } from './line-layout.ts';
import { checkName } from './check-name.ts';
import { renderBlock } from './render-block.ts';
import { findBlocks } from './find-blocks.ts';
import type { HclEditBlockSpec, HclEditResult, HclEditValue } from './types.ts';
import { verifyEdit } from './verify-edit.ts';

/** What `addResource` generates: `resource "type" "name" { attributes… blocks… }`. */
export interface HclNewResource {
  type: string;
  name: string;
  attributes?: Record<string, HclEditValue>;
  blocks?: readonly HclEditBlockSpec[];
}

/**
 * Appends a resource block at the end of the file, separated from the text above by exactly one
 * blank line (none added when the file already ends with one) and ended by a line break, in
 * `terraform fmt` style (see `renderBlock`; fmt leaves it unchanged when raw expressions are
 * fmt-normalised). Uses the file's line break and indentation unit. Returns verified minimal edits.
 * Throws HclEditError 'invalid-value' for a bad name or value or when `type.name` already exists
 * in this file, 'verification-failed' when the result does not read back (e.g. the file ends in
 * an unclosed block).
 */
export function addResource(text: string, resource: HclNewResource): HclEditResult {
  const where = `resource.${resource.type}.${resource.name}`;
  checkName(resource.type, 'resource type', where);
  checkName(resource.name, 'resource name', where);
  const address = ['resource', resource.type, resource.name];
  if (findBlocks(parseHcl(text).file.body, address).length > 0)
    throw new HclEditError(
      'invalid-value',
      `${where} already exists in this file; choose another name.`,
    );
  const eol = detectEol(text);
  const spec: HclEditBlockSpec = {
    type: 'resource',
    labels: [resource.type, resource.name],
    attributes: resource.attributes ?? {},
    blocks: resource.blocks ?? [],
  };
  const rendered = renderBlock(spec, { indent: '', unit: detectIndentUnit(text), eol }, where);
  let separator = '';
  if (text.trim() !== '') {
    const endsWithBlank = /\n[ \t]*\r?\n[ \t]*$/.test(text);
    if (!endsWithBlank) separator = /\n[ \t]*$/.test(text) ? eol : eol + eol;
  }
  const edit = {
    range: { start: text.length, end: text.length },
    newText: `${separator}${rendered}${eol}`,
  };
  return verifyEdit(text, [edit], where, (parsed, next) => {
    const found = findBlocks(parsed.file.body, address);
    if (found.length !== 1) return `expected one ${where} in the new text, found ${found.length}`;
    return checkBlock(found[0] as HclBlock, spec, next);
  });
}
