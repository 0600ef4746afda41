import { describeRulesItem } from './describe-rules-item.ts';
import { locateRange } from './locate-offset.ts';
import { mapScalarOffsets } from './map-scalar-offsets.ts';
import type { TSubsetNode } from './read-yaml-subset.ts';
import type {
  TFalcoField,
  TFalcoItem,
  TFalcoItemKind,
  TScalarStyle,
  TSourceRange,
} from './types.ts';

// Validation reads thousands of items on every keystroke and needs a position only for the
// few it reports on: ranges and offset maps are made on first use, from offsets kept here.
// (Eager ranges were six objects and two binary searches per field, most never looked at.)

/** What the fields and items of one rules file share: its text and line starts. */
interface TSubsetText {
  text: string;
  lineStarts: number[];
}

/** A field of a subset-read item, with its ranges and offset map made on first use. */
export class SubsetField implements TFalcoField {
  readonly key: string;
  readonly value: unknown;
  readonly scalarStyle?: TScalarStyle;
  private readonly source: TSubsetText;
  private readonly node: TSubsetNode;
  private readonly keyStart: number;
  private readonly keyEnd: number;
  private cachedKeyRange: TSourceRange | undefined;
  private cachedValueRange: TSourceRange | undefined;
  private cachedMap: ((valueOffset: number) => number) | undefined;

  constructor(
    source: TSubsetText,
    key: string,
    keyStart: number,
    keyEnd: number,
    node: TSubsetNode,
  ) {
    this.key = key;
    this.value = toJS(node);
    this.source = source;
    this.node = node;
    this.keyStart = keyStart;
    this.keyEnd = keyEnd;
    if (node.kind === 'scalar' && typeof node.value === 'string') this.scalarStyle = node.style;
  }

  get keyRange(): TSourceRange {
    return (this.cachedKeyRange ??= locateRange(
      this.source.lineStarts,
      this.keyStart,
      this.keyEnd,
    ));
  }

  get valueRange(): TSourceRange {
    if (!this.cachedValueRange) {
      const node = this.node;
      // An empty value is a zero-width range at the key's end (as the `yaml` package gives it).
      const isEmpty = node.kind === 'scalar' && node.value === null && node.start === node.end;
      const start = isEmpty ? this.keyEnd : node.start;
      this.cachedValueRange = locateRange(
        this.source.lineStarts,
        start,
        isEmpty ? start : node.end,
      );
    }
    return this.cachedValueRange;
  }

  get mapValueOffset(): ((valueOffset: number) => number) | undefined {
    const node = this.node;
    if (node.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
    return (this.cachedMap ??= mapScalarOffsets(
      this.source.text,
      node.value,
      node.style,
      node.start,
      node.end,
    ));
  }
}

/** An entry of a subset-read rules file; its range is made on first use. */
export class SubsetItem implements TFalcoItem {
  readonly kind: TFalcoItemKind;
  readonly name?: string;
  readonly label: string;
  readonly documentIndex = 0;
  readonly index: number;
  readonly fields: SubsetField[];
  readonly isMalformed = false;
  private readonly source: TSubsetText;
  private readonly start: number;
  private readonly end: number;
  private cachedRange: TSourceRange | undefined;

  constructor(source: TSubsetText, node: TSubsetNode, index: number) {
    if (node.kind !== 'map') throw new Error('readYamlSubset returns maps at the top level');
    const fields: SubsetField[] = [];
    for (const pair of node.pairs)
      fields.push(new SubsetField(source, pair.key, pair.keyStart, pair.keyEnd, pair.value));
    const described = describeRulesItem(fields);
    this.kind = described.kind;
    if (described.name !== undefined) this.name = described.name;
    this.label = described.label;
    this.index = index;
    this.fields = fields;
    this.source = source;
    this.start = node.start;
    this.end = node.end;
  }

  get range(): TSourceRange {
    return (this.cachedRange ??= locateRange(this.source.lineStarts, this.start, this.end));
  }
}

function toJS(node: TSubsetNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toJS);
  const object: Record<string, unknown> = {};
  for (const pair of node.pairs) object[pair.key] = toJS(pair.value);
  return object;
}
