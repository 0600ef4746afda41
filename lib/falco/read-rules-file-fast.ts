import { computeLineStarts } from './compute-line-starts.ts';
import { describeRulesItem } from './describe-rules-item.ts';
import { locateRange } from './locate-offset.ts';
import { mapScalarOffsets } from './map-scalar-offsets.ts';
import { readYamlSubset, type TSubsetNode } from './read-yaml-subset.ts';
import type { TFalcoField, TFalcoItem, TRulesFileItems } from './types.ts';

/**
 * The items of a rules file read with the fast subset reader (`readYamlSubset`), exactly as
 * `parseRulesFile` would give them — or null when the text is outside the subset and needs the
 * full parser. No CST or documents: for validation, not for edits. Pure; never throws.
 */
export function readRulesFileFast(text: string, filename: string): TRulesFileItems | null {
  const nodes = readYamlSubset(text);
  if (!nodes) return null;
  const lineStarts = computeLineStarts(text);
  const items = nodes.map((node, index) => readItem(node, index, text, lineStarts));
  return { filename, text, items, diagnostics: [], lineStarts };
}

function readItem(
  node: TSubsetNode,
  index: number,
  text: string,
  lineStarts: number[],
): TFalcoItem {
  if (node.kind !== 'map') throw new Error('readYamlSubset returns maps at the top level');
  const fields: TFalcoField[] = [];
  const values: Record<string, unknown> = {};
  const keys = new Set<string>();
  for (const pair of node.pairs) {
    const value = toJS(pair.value);
    values[pair.key] = value;
    keys.add(pair.key);
    const keyRange = locateRange(lineStarts, pair.keyStart, pair.keyEnd);
    const valueNode = pair.value;
    if (
      valueNode.kind === 'scalar' &&
      valueNode.value === null &&
      valueNode.start === valueNode.end
    ) {
      fields.push({
        key: pair.key,
        value,
        keyRange,
        valueRange: locateRange(lineStarts, pair.keyEnd, pair.keyEnd),
      });
      continue;
    }
    const field: TFalcoField = {
      key: pair.key,
      value,
      keyRange,
      valueRange: locateRange(lineStarts, valueNode.start, valueNode.end),
    };
    if (valueNode.kind === 'scalar' && typeof valueNode.value === 'string') {
      field.scalarStyle = valueNode.style;
      field.mapValueOffset = mapScalarOffsets(
        text,
        valueNode.value,
        valueNode.style,
        valueNode.start,
        valueNode.end,
      );
    }
    fields.push(field);
  }
  return {
    ...describeRulesItem(keys, values),
    documentIndex: 0,
    index,
    range: locateRange(lineStarts, node.start, node.end),
    fields,
    isMalformed: false,
  };
}

function toJS(node: TSubsetNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toJS);
  const object: Record<string, unknown> = {};
  for (const pair of node.pairs) object[pair.key] = toJS(pair.value);
  return object;
}
