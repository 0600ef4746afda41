import { findWordAt } from './find-word-at.ts';
import { listKnownResources } from './list-declared-resources.ts';
import type { TDefinition, TEditorFacts, TKnownResource } from './types.ts';

/**
 * Where the reference at `offset` is declared: a `type.name` traversal
 * (`sysdig_secure_rule_falco.x.name` → `resource "sysdig_secure_rule_falco" "x"`) in the edited
 * text first, then in the same module's saved files (draft index); `var.x`, `local.y`,
 * `data.t.n` in the edited text first, then among the draft index's symbols of the same module.
 * Null when the cursor is on no known address. Never throws.
 */
export function findDefinition(
  text: string,
  offset: number,
  facts: TEditorFacts,
): TDefinition | null {
  const target = findReferencedResource(text, offset, facts);
  if (target) return at(target.resource.file, target.resource.line, facts.path);
  const found = findWordAt(text, offset);
  const address = found ? symbolAddress(found.word) : null;
  if (!address) return null;
  const line = declarationLine(text, address);
  if (line !== null) return at(facts.path, line, facts.path);
  const symbol = facts.symbols?.find(
    (candidate) =>
      candidate.address === address &&
      candidate.file !== facts.path &&
      folderOf(candidate.file) === folderOf(facts.path),
  );
  return symbol ? at(symbol.file, symbol.line, facts.path) : null;
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

function at(file: string, line: number, path: string): TDefinition {
  return { file, line, column: 1, isSameFile: file === path };
}

// `var.x.y` → `var.x`; `data.t.n.id` → `data.t.n`; anything else → null.
function symbolAddress(word: string): string | null {
  const parts = word.split('.');
  if ((parts[0] === 'var' || parts[0] === 'local') && parts[1]) return `${parts[0]}.${parts[1]}`;
  if (parts[0] === 'data' && parts[1] && parts[2]) return `data.${parts[1]}.${parts[2]}`;
  return null;
}

// The line declaring `address` in the edited (maybe unsaved) text, found line by line so
// half-typed text still works: `variable "x"`, `data "t" "n"`, or `y =` inside `locals {`.
function declarationLine(text: string, address: string): number | null {
  const [kind, first, second] = address.split('.');
  const lines = text.split('\n');
  let inLocals = false;
  let depth = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (kind === 'var' && new RegExp(`^\\s*variable\\s+"${escape(first!)}"`).test(line))
      return index + 1;
    if (
      kind === 'data' &&
      new RegExp(`^\\s*data\\s+"${escape(first!)}"\\s+"${escape(second!)}"`).test(line)
    )
      return index + 1;
    if (kind !== 'local') continue;
    if (!inLocals && /^\s*locals\s*\{/.test(line)) {
      inLocals = true;
      depth = 0;
    }
    if (!inLocals) continue;
    if (depth === 1 && new RegExp(`^\\s*${escape(first!)}\\s*=`).test(line)) return index + 1;
    for (const char of line) depth += char === '{' ? 1 : char === '}' ? -1 : 0;
    if (depth <= 0 && !/^\s*locals\s*\{\s*$/.test(line)) inLocals = false;
  }
  return null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
