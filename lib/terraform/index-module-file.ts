import { buildBlockModel } from './build-block-model.ts';
import { classifyFile } from './classify-file.ts';
import { collectBlockEntities } from './collect-block-entities.ts';
import { collectBlockReferences } from './collect-block-references.ts';
import { computeLineStarts } from './compute-line-starts.ts';
import { hashText } from './hash-text.ts';
import { parseCached } from './parse-cached.ts';
import { parseJsonNodes } from './parse-json-nodes.ts';
import { rangeOf } from './range-of.ts';
import { readJsonConfig } from './read-json-config.ts';
import type {
  TBlockModel,
  TEntity,
  TModuleFile,
  TParseCache,
  TReference,
  TTerraformDiagnostic,
} from './types.ts';

/**
 * Derives everything one file contributes to a module: its parse (`.tf` and `.tfvars` through
 * the content-hash cache; `.tf.json` with Terraform's JSON syntax, see readJsonConfig), block
 * models, entities, references and per-file diagnostics (HCL syntax errors keep their code;
 * `message` is HCL's summary and `hint` its detail; malformed JSON is `invalid-json`). Other
 * files are kept with no blocks. Never throws.
 */
export function indexModuleFile(path: string, text: string, cache: TParseCache): TModuleFile {
  const kind = classifyFile(path);
  if (kind === 'tf-json') return indexJsonFile(path, text);
  if (kind !== 'tf' && kind !== 'tfvars')
    return { ...empty(path, text, kind), lineStarts: computeLineStarts(text) };
  const { result, hash } = parseCached(text, path, cache);
  const lineStarts = result.file.tokens.lineStarts;
  const diagnostics: TTerraformDiagnostic[] = result.diagnostics.map((d) => {
    const diagnostic: TTerraformDiagnostic = {
      severity: d.severity,
      code: d.code,
      message: d.message,
      file: path,
      line: d.range.start.line,
      column: d.range.start.column,
      endLine: d.range.end.line,
      endColumn: d.range.end.column,
    };
    if (d.detail) diagnostic.hint = d.detail;
    return diagnostic;
  });
  if (kind === 'tfvars')
    return { ...empty(path, text, kind), hash, parsed: result, lineStarts, diagnostics };
  for (const attribute of result.attributes) {
    const range = rangeOf(lineStarts, attribute.start, attribute.end);
    diagnostics.push({
      severity: 'error',
      code: 'unexpected-attribute',
      message: `An attribute \`${attribute.name}\` is not expected at the top level of a Terraform file; put it inside a block.`,
      file: path,
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
    });
  }
  const blocks = result.blocks.map((block) => buildBlockModel(block, path, text, lineStarts));
  return {
    ...deriveFromBlocks(path, blocks, lineStarts, diagnostics),
    text,
    hash,
    kind,
    parsed: result,
  };
}

function indexJsonFile(path: string, text: string): TModuleFile {
  const lineStarts = computeLineStarts(text);
  const parsed = parseJsonNodes(text);
  if ('error' in parsed) {
    const range = rangeOf(lineStarts, parsed.offset, parsed.offset);
    const diagnostic: TTerraformDiagnostic = {
      severity: 'error',
      code: 'invalid-json',
      message: `${path} is not valid JSON: ${parsed.error}.`,
      file: path,
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
    };
    return { ...empty(path, text, 'tf-json'), lineStarts, diagnostics: [diagnostic] };
  }
  const blocks = readJsonConfig(text, parsed.node, path, lineStarts);
  return {
    ...deriveFromBlocks(path, blocks, lineStarts, []),
    text,
    hash: hashText(text),
    kind: 'tf-json',
    parsed: null,
  };
}

function deriveFromBlocks(
  path: string,
  blocks: TBlockModel[],
  lineStarts: readonly number[],
  diagnostics: TTerraformDiagnostic[],
) {
  const entities: TEntity[] = [];
  const references: TReference[] = [];
  for (const block of blocks) {
    const collected = collectBlockEntities(block);
    entities.push(...collected.entities);
    diagnostics.push(...collected.diagnostics);
    const from = collected.entities[0]?.address ?? [block.type, ...block.labels].join('.');
    references.push(...collectBlockReferences(block, from, lineStarts));
  }
  return { path, lineStarts, blocks, entities, references, diagnostics };
}

function empty(path: string, text: string, kind: TModuleFile['kind']): TModuleFile {
  return {
    path,
    text,
    hash: hashText(text),
    kind,
    parsed: null,
    lineStarts: [0],
    blocks: [],
    entities: [],
    references: [],
    diagnostics: [],
  };
}
