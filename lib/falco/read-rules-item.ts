import { isAlias, isMap, isScalar, type Document, type Node, type Pair } from 'yaml';
import { locateRange } from './locate-offset.ts';
import { mapScalarOffsets } from './map-scalar-offsets.ts';
import type { TFalcoField, TFalcoItem, TFalcoItemKind, TScalarStyle } from './types.ts';

// Falco's `read_item` checks these keys in this order to decide what an entry is.
const KIND_KEYS: readonly TFalcoItemKind[] = [
  'required_engine_version',
  'required_plugin_versions',
  'list',
  'macro',
  'rule',
];

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
  const keys = new Set(fields.map((field) => field.key));
  const kind = KIND_KEYS.find((key) => keys.has(key)) ?? 'unknown';
  const nameValue =
    kind === 'rule' || kind === 'macro' || kind === 'list' ? values[kind] : undefined;
  const name = isPrintable(nameValue) ? String(nameValue) : undefined;
  const label = name === undefined ? (kind === 'unknown' ? 'item' : kind) : `${kind}: ${name}`;
  return {
    kind,
    ...(name === undefined ? {} : { name }),
    label,
    documentIndex: context.documentIndex,
    index: context.index,
    range,
    fields,
    isMalformed: false,
  };
}

function isPrintable(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
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
