import { findWordAt } from './find-word-at.ts';
import { listKnownResources } from './list-declared-resources.ts';
import type { TDefinition, TEditorFacts, TKnownResource } from './types.ts';

/**
 * The resource a `type.name` traversal at `offset` refers to (`sysdig_secure_rule_falco.x.name`
 * → where `resource "sysdig_secure_rule_falco" "x"` is declared): in the edited text first, then
 * in the same module's saved files (draft index). Null when the cursor is on no known address.
 */
export function findDefinition(
  text: string,
  offset: number,
  facts: TEditorFacts,
): TDefinition | null {
  const target = findReferencedResource(text, offset, facts);
  if (!target) return null;
  return {
    file: target.resource.file,
    line: target.resource.line,
    column: 1,
    isSameFile: target.resource.file === facts.path,
  };
}

/** The known resource named by the traversal at `offset`, with the traversal's offsets. */
export function findReferencedResource(
  text: string,
  offset: number,
  facts: TEditorFacts,
): { resource: TKnownResource; start: number; end: number } | null {
  const found = findWordAt(text, offset);
  if (!found) return null;
  const [type, name] = found.word.split('.');
  if (!type || !name) return null;
  const resource = listKnownResources(text, facts).find(
    (candidate) => candidate.type === type && candidate.name === name,
  );
  return resource ? { resource, start: found.start, end: found.end } : null;
}
