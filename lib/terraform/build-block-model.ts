import type { HclAttribute, HclBlock, HclExpression } from '../hcl/index.ts';
import type { TConfigValue } from './config-value.ts';
import { decodeLiteral } from './decode-literal.ts';
import { rangeOf } from './range-of.ts';
import { setOwn } from './set-own.ts';
import type { TAttributeModel, TBlockModel, TSourceRange } from './types.ts';

/**
 * The model of a parsed block: its attributes (name → expression, ranges, source text and the
 * decoded value when literal) and nested blocks, recursively. A later duplicate attribute wins
 * here (the parser already reports duplicates). Never throws.
 */
export function buildBlockModel(
  block: HclBlock,
  file: string,
  text: string,
  lineStarts: readonly number[],
): TBlockModel {
  const attributes: Record<string, TAttributeModel> = {};
  const blocks: TBlockModel[] = [];
  for (const item of block.body.items) {
    if (item.kind === 'attribute')
      setOwn(attributes, item.name, buildAttributeModel(item, text, lineStarts));
    else blocks.push(buildBlockModel(item, file, text, lineStarts));
  }
  return new BlockModel(block, file, lineStarts, attributes, blocks);
}

/** The model of one attribute (see {@link buildBlockModel}). Never throws. */
export function buildAttributeModel(
  attribute: HclAttribute,
  text: string,
  lineStarts: readonly number[],
): TAttributeModel {
  return new AttributeModel(attribute, text, lineStarts);
}

// Ranges and source text are made on first use: a module of 10,000 resources has tens of
// thousands of attributes, and validation needs a position only for the few it reports on
// (eager ranges were six objects and four binary searches per attribute).

class BlockModel implements TBlockModel {
  readonly type: string;
  readonly labels: string[];
  readonly file: string;
  readonly attributes: Record<string, TAttributeModel>;
  readonly blocks: TBlockModel[];
  readonly node: HclBlock;
  private readonly lineStarts: readonly number[];
  private cachedRange: TSourceRange | undefined;

  constructor(
    node: HclBlock,
    file: string,
    lineStarts: readonly number[],
    attributes: Record<string, TAttributeModel>,
    blocks: TBlockModel[],
  ) {
    this.type = node.type;
    this.labels = node.labels.map((label) => label.value);
    this.file = file;
    this.attributes = attributes;
    this.blocks = blocks;
    this.node = node;
    this.lineStarts = lineStarts;
  }

  get range(): TSourceRange {
    return (this.cachedRange ??= rangeOf(this.lineStarts, this.node.start, this.node.end));
  }
}

class AttributeModel implements TAttributeModel {
  readonly name: string;
  readonly expression: HclExpression;
  readonly isLiteral: boolean;
  readonly value?: TConfigValue;
  private readonly node: HclAttribute;
  private readonly text: string;
  private readonly lineStarts: readonly number[];
  private cachedRange: TSourceRange | undefined;
  private cachedValueRange: TSourceRange | undefined;
  private cachedSource: string | undefined;

  constructor(node: HclAttribute, text: string, lineStarts: readonly number[]) {
    const value = decodeLiteral(node.expression);
    this.name = node.name;
    this.expression = node.expression;
    this.isLiteral = value !== undefined;
    if (value !== undefined) this.value = value;
    this.node = node;
    this.text = text;
    this.lineStarts = lineStarts;
  }

  get range(): TSourceRange {
    return (this.cachedRange ??= rangeOf(this.lineStarts, this.node.start, this.node.end));
  }

  get valueRange(): TSourceRange {
    const expression = this.expression;
    return (this.cachedValueRange ??= rangeOf(this.lineStarts, expression.start, expression.end));
  }

  get source(): string {
    return (this.cachedSource ??= this.text.slice(this.expression.start, this.expression.end));
  }
}
