import { computeLineStarts } from './compute-line-starts.ts';
import { readYamlSubset } from './read-yaml-subset.ts';
import { SubsetItem } from './subset-rules-item.ts';
import type { TRulesFileItems } from './types.ts';

/**
 * The items of a rules file read with the fast subset reader (`readYamlSubset`), exactly as
 * `parseRulesFile` would give them — or null when the text is outside the subset and needs the
 * full parser. No CST or documents, and positions made on first use: for validation, not for
 * edits. Pure; never throws.
 */
export function readRulesFileFast(text: string, filename: string): TRulesFileItems | null {
  const nodes = readYamlSubset(text);
  if (!nodes) return null;
  const lineStarts = computeLineStarts(text);
  const source = { text, lineStarts };
  const items = nodes.map((node, index) => new SubsetItem(source, node, index));
  return { filename, text, items, diagnostics: [], lineStarts };
}
