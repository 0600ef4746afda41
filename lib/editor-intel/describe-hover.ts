import { describeAttribute } from './describe-attribute.ts';
import { describeResourceType } from './describe-resource-type.ts';
import { findCursorContext } from './find-cursor-context.ts';
import { findReferencedResource } from './find-definition.ts';
import { findWordAt } from './find-word-at.ts';
import { findTypeAttribute } from './list-type-attributes.ts';
import type { TEditorFacts, THover } from './types.ts';

/**
 * Hover documentation at `offset` of a `.tf` text: a resource type label → the type's docs; an
 * attribute or nested block name in a resource body → its docs (help, allowed values, default);
 * a `type.name…` reference → where that resource is declared (file:line), so references into
 * other files are one look away. Null elsewhere. Pure; never throws.
 */
export function describeHover(text: string, offset: number, facts: TEditorFacts): THover | null {
  const found = findWordAt(text, offset);
  if (!found) return null;
  const lineStart = text.lastIndexOf('\n', found.start - 1) + 1;
  const before = text.slice(lineStart, found.start);
  const after = text.slice(found.end, found.end + 200);
  if (/^\s*resource\s+"$/.test(before) && after.startsWith('"')) {
    const markdown = describeResourceType(found.word);
    return markdown ? { markdown, start: found.start, end: found.end } : null;
  }
  if (/^\s*$/.test(before) && /^\s*(=|\{|")/.test(after)) {
    const context = findCursorContext(text, found.start);
    if (context.kind !== 'attribute-name') return null;
    const meta = findTypeAttribute(context.resourceType, context.blockPath, found.word);
    return meta ? { markdown: describeAttribute(meta), start: found.start, end: found.end } : null;
  }
  const target = findReferencedResource(text, offset, facts);
  if (!target) return null;
  const { resource } = target;
  const where =
    resource.file === facts.path
      ? `line ${resource.line} of this file`
      : `${resource.file}:${resource.line} (open it from Files)`;
  const docs = describeResourceType(resource.type);
  return {
    markdown: [
      `**${resource.address}** is declared at ${where}.`,
      ...(docs ? ['', docs] : []),
    ].join('\n'),
    start: target.start,
    end: target.end,
  };
}
