import { isAlias, isMap, isScalar, type Document, type Node, type Pair } from 'yaml';
import { describeRulesItem } from './describe-rules-item.ts';
import { locateRange } from './locate-offset.ts';
import { mapScalarOffsets } from './map-scalar-offsets.ts';
import type { TFalcoField, TFalcoItem, TScalarStyle } from './types.ts';

/** Context of the entry being read. */
export interface TReadRulesItemContext {
  text: string;
  lineStarts: number[];
  document: Document.Parsed;
  documentIndex: number;
  index: number;
  /** The entry as plain JS (from the document's alias-bounded `toJS`). */
  value: unknown;
}

/**
 * Reads one entry of a rules file's top-level sequence into a TFalcoItem: its kind (by Falco's
 * key precedence), name, label, range and fields with value ranges and offset maps. Aliases are
 * followed one level to find the node (no expansion). Pure; never throws.
 */
export function readRulesItem(node: Node, context: TReadRulesItemContext): TFalcoItem {
  const target = isAlias(node) ? (node.resolve(context.document) ?? node) : node;
  const range = nodeRange(node, context);
  if (!isMap(target)) {
    return {
      kind: 'unknown',
      label: 'item',
      documentIndex: context.documentIndex,
      index: context.index,
      range,
      fields: [],
      isMalformed: true,
    };
  }
  const values = (
    typeof context.value === 'object' && context.value !== null ? context.value : {}
  ) as Record<string, unknown>;
  const fields = target.items
    .map((pair) => readField(pair, values, context))
    .filter((field) => field !== undefined);
  return {
    ...describeRulesItem(fields),
    documentIndex: context.documentIndex,
    index: context.index,
    range,
    fields,
    isMalformed: false,
  };
}

function readField(
  pair: Pair,
  values: Record<string, unknown>,
  context: TReadRulesItemContext,
): TFalcoField | undefined {
  const keyNode = pair.key as Node | null;
  if (!keyNode || !isScalar(keyNode)) return undefined;
  const key = String(keyNode.value);
  const keyRange = nodeRange(keyNode, context);
  const valueNode = pair.value as Node | null;
  const value = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : null;
  if (
    !valueNode?.range ||
    (isScalar(valueNode) && valueNode.value === null && valueNode.range[0] === valueNode.range[1])
  ) {
    const at = keyNode.range ? keyNode.range[1] : 0;
    return { key, value, keyRange, valueRange: locateRange(context.lineStarts, at, at) };
  }
  const field: TFalcoField = { key, value, keyRange, valueRange: nodeRange(valueNode, context) };
  if (isScalar(valueNode) && typeof valueNode.value === 'string' && valueNode.type) {
    const style = valueNode.type as TScalarStyle;
    const [start, end] = valueNode.range;
    field.scalarStyle = style;
    field.mapValueOffset = mapScalarOffsets(context.text, valueNode.value, style, start, end);
  }
  return field;
}

function nodeRange(node: Node, context: TReadRulesItemContext) {
  const [start, end] = node.range ?? [0, 0];
  return locateRange(context.lineStarts, start, end);
}
