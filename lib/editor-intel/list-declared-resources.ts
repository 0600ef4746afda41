import type { TKnownResource } from './types.ts';

const HEADER = /^[ \t]*resource[ \t]+"([\w-]+)"[ \t]+"([\w-]+)"/gm;

/**
 * The resources declared in a `.tf` text, found line by line (so half-typed text still lists
 * them): `resource "type" "name"` at a line start. `line` is 1-based.
 */
export function listDeclaredResources(text: string, file: string): TKnownResource[] {
  const resources: TKnownResource[] = [];
  for (const match of text.matchAll(HEADER)) {
    const line = countLines(text, match.index);
    resources.push({
      address: `${match[1]}.${match[2]}`,
      type: match[1]!,
      name: match[2]!,
      file,
      line,
    });
  }
  return resources;
}

/**
 * The resources the edited file can reference: its own (from the text, which may be unsaved) and
 * the draft index's in the same folder (one Terraform module), minus the index's stale copy of
 * this file.
 */
export function listKnownResources(
  text: string,
  facts: { path: string; resources: readonly TKnownResource[] },
): TKnownResource[] {
  const folder = folderOf(facts.path);
  const others = facts.resources.filter(
    (resource) => resource.file !== facts.path && folderOf(resource.file) === folder,
  );
  return [...listDeclaredResources(text, facts.path), ...others];
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function countLines(text: string, end: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
