import type { HclBlock } from '../hcl/index.ts';
import { buildJsonExpression } from './build-json-expression.ts';
import { decodeLiteral } from './decode-literal.ts';
import type { TJsonEntry, TJsonNode } from './parse-json-nodes.ts';
import { rangeOf } from './range-of.ts';
import { setOwn } from './set-own.ts';
import type { TAttributeModel, TBlockModel } from './types.ts';

// Block types by number of labels (Terraform JSON syntax nests one object level per label).
const LABELS: Record<string, number> = {
  resource: 2,
  data: 2,
  variable: 1,
  output: 1,
  module: 1,
  provider: 1,
  check: 1,
  locals: 0,
  terraform: 0,
  import: 0,
  moved: 0,
  removed: 0,
};
// Keys that are nested blocks, not attributes, inside a body of the given block type.
const NESTED: Record<string, ReadonlySet<string>> = {
  resource: new Set(['lifecycle', 'provisioner', 'connection', 'dynamic']),
  data: new Set(['lifecycle', 'dynamic']),
  terraform: new Set(['required_providers', 'backend', 'cloud']),
  variable: new Set(['validation']),
  output: new Set(['precondition']),
};

/**
 * The top-level blocks of a `.tf.json` file (Terraform's JSON configuration syntax): block
 * types, one object level per label, bodies as objects or arrays of objects, `"//"` comments
 * skipped. Attribute values are expressions (strings are templates) except a variable's
 * `default`, which is literal. Without provider schemas, nested objects are attributes except
 * the meta blocks listed in NESTED. Unknown block types are kept with no labels. Never throws.
 */
export function readJsonConfig(
  text: string,
  root: TJsonNode,
  file: string,
  lineStarts: readonly number[],
): TBlockModel[] {
  const blocks: TBlockModel[] = [];
  if (root.kind !== 'object') return blocks;
  for (const entry of root.entries) {
    if (entry.key === '//') continue;
    collect(entry.key, LABELS[entry.key] ?? 0, entry.value, [], entry);
  }
  return blocks;

  function collect(
    type: string,
    labelsLeft: number,
    node: TJsonNode,
    labels: TJsonEntry[],
    typeEntry: TJsonEntry,
  ): void {
    if (node.kind === 'array') {
      for (const item of node.items) collect(type, labelsLeft, item, labels, typeEntry);
      return;
    }
    if (node.kind !== 'object') return;
    if (labelsLeft === 0) {
      blocks.push(buildBody(type, labels, node, typeEntry));
      return;
    }
    for (const entry of node.entries)
      if (entry.key !== '//')
        collect(type, labelsLeft - 1, entry.value, [...labels, entry], typeEntry);
  }

  function buildBody(
    type: string,
    labels: TJsonEntry[],
    body: TJsonNode & { kind: 'object' },
    typeEntry: TJsonEntry,
    parentType = type,
  ): TBlockModel {
    const attributes: Record<string, TAttributeModel> = {};
    const nested: TBlockModel[] = [];
    for (const entry of body.entries) {
      if (entry.key === '//') continue;
      if (NESTED[parentType]?.has(entry.key)) {
        const bodies = entry.value.kind === 'array' ? entry.value.items : [entry.value];
        for (const item of bodies)
          if (item.kind === 'object') nested.push(buildBody(entry.key, [], item, entry, entry.key));
        continue;
      }
      const expression = buildJsonExpression(
        text,
        entry.value,
        parentType === 'variable' && entry.key === 'default',
      );
      const value = decodeLiteral(expression);
      const attribute: TAttributeModel = {
        name: entry.key,
        expression,
        range: rangeOf(lineStarts, entry.keyStart, entry.value.end),
        valueRange: rangeOf(lineStarts, entry.value.start, entry.value.end),
        source: text.slice(entry.value.start, entry.value.end),
        isLiteral: value !== undefined,
      };
      if (value !== undefined) attribute.value = value;
      setOwn(attributes, entry.key, attribute);
    }
    const start = labels[labels.length - 1]?.keyStart ?? typeEntry.keyStart;
    const node: HclBlock = {
      kind: 'block',
      start,
      end: body.end,
      type,
      typeStart: typeEntry.keyStart,
      typeEnd: typeEntry.keyEnd,
      labels: labels.map((label) => ({
        start: label.keyStart,
        end: label.keyEnd,
        value: label.key,
        isQuoted: true,
      })),
      openBrace: body.start,
      closeBrace: body.end - 1,
      body: { kind: 'body', start: body.start + 1, end: body.end - 1, items: [] },
      lineStart: start,
      lineEnd: body.end,
    };
    return {
      type,
      labels: labels.map((label) => label.key),
      file,
      range: rangeOf(lineStarts, start, body.end),
      attributes,
      blocks: nested,
      node,
    };
  }
}
