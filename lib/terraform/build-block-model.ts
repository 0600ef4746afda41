import type { HclAttribute, HclBlock } from '../hcl/index.ts';
import { decodeLiteral } from './decode-literal.ts';
import { rangeOf } from './range-of.ts';
import { setOwn } from './set-own.ts';
import type { TAttributeModel, TBlockModel } from './types.ts';

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
  return {
    type: block.type,
    labels: block.labels.map((label) => label.value),
    file,
    range: rangeOf(lineStarts, block.start, block.end),
    attributes,
    blocks,
    node: block,
  };
}

/** The model of one attribute (see {@link buildBlockModel}). Never throws. */
export function buildAttributeModel(
  attribute: HclAttribute,
  text: string,
  lineStarts: readonly number[],
): TAttributeModel {
  const expression = attribute.expression;
  const value = decodeLiteral(expression);
  const model: TAttributeModel = {
    name: attribute.name,
    expression,
    range: rangeOf(lineStarts, attribute.start, attribute.end),
    valueRange: rangeOf(lineStarts, expression.start, expression.end),
    source: text.slice(expression.start, expression.end),
    isLiteral: value !== undefined,
  };
  if (value !== undefined) model.value = value;
  return model;
}
