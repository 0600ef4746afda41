import { findReferences } from '../hcl/index.ts';
import { formatAttributePath } from './format-attribute-path.ts';
import { rangeOf } from './range-of.ts';
import { resolveReferenceTarget } from './resolve-reference-target.ts';
import type { TBlockModel, TReference } from './types.ts';

// Attributes whose traversals are not value references (Terraform meta-arguments).
const SKIPPED_ATTRIBUTES = new Set(['ignore_changes']);
const SKIPPED_BLOCKS = new Set(['moved', 'removed', 'terraform']);
const NOTHING_BOUND: ReadonlySet<string> = new Set();

/**
 * The references made by the expressions of a top-level block, with the attribute path
 * (nested blocks indexed per type, as in the HCL-JSON shape; `dynamic "x"` blocks as
 * `dynamic.x`) and exact source range. `from` is
 * the referencing address; for a `locals` block each local is its own `local.x`. Iterators of
 * `dynamic` blocks are bound names, not references; `provider = p.alias` / `providers = {…}`
 * point at `provider.p.alias`. `moved`/`removed`/`terraform` blocks and `ignore_changes` lists
 * name addresses rather than use values, so they are skipped. Never throws.
 */
export function collectBlockReferences(
  block: TBlockModel,
  from: string,
  lineStarts: readonly number[],
): TReference[] {
  if (SKIPPED_BLOCKS.has(block.type)) return [];
  const out: TReference[] = [];
  if (block.type === 'locals') {
    for (const attribute of Object.values(block.attributes))
      walk(block, `local.${attribute.name}`, [], NOTHING_BOUND, lineStarts, out, attribute.name);
    return out;
  }
  walk(block, from, [], NOTHING_BOUND, lineStarts, out, null);
  return out;
}

function walk(
  block: TBlockModel,
  from: string,
  prefix: (string | number)[],
  bound: ReadonlySet<string>,
  lineStarts: readonly number[],
  out: TReference[],
  only: string | null,
): void {
  const isTopLevel = prefix.length === 0;
  for (const attribute of Object.values(block.attributes)) {
    if (only !== null && attribute.name !== only) continue;
    if (SKIPPED_ATTRIBUTES.has(attribute.name)) continue;
    // A literal has no references: skip the walk (most attributes of real configs are literal).
    if (attribute.isLiteral) continue;
    const references = findReferences(attribute.expression);
    if (references.length === 0) continue;
    const isProviderMeta =
      isTopLevel && (attribute.name === 'provider' || attribute.name === 'providers');
    const attributePath = [...prefix, attribute.name];
    const attributeText = formatAttributePath(attributePath);
    for (const reference of references) {
      if (bound.has(reference.root)) continue;
      const target = isProviderMeta
        ? `provider.${reference.path.filter((p) => typeof p === 'string').join('.')}`
        : resolveReferenceTarget(reference.path);
      out.push({
        from,
        attributePath,
        attribute: attributeText,
        text: reference.text,
        target,
        file: block.file,
        range: rangeOf(lineStarts, reference.start, reference.end),
      });
    }
  }
  if (only !== null || block.blocks.length === 0) return;
  const counts = new Map<string, number>();
  for (const nested of block.blocks) {
    const index = counts.get(nested.type) ?? 0;
    counts.set(nested.type, index + 1);
    let inner = bound;
    let segments: (string | number)[] = [nested.type, index];
    if (nested.type === 'dynamic') {
      segments = ['dynamic', nested.labels[0] ?? ''];
      const iterator = nested.attributes.iterator?.expression;
      const name = iterator?.kind === 'variable' ? iterator.name : (nested.labels[0] ?? '');
      inner = new Set([...bound, name]);
    }
    walk(nested, from, [...prefix, ...segments], inner, lineStarts, out, null);
  }
}
