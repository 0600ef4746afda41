import { Composer, CST, isAlias, isSeq, Parser, type Document, type Node } from 'yaml';
import { computeLineStarts } from './compute-line-starts.ts';
import { locateOffset } from './locate-offset.ts';
import { readRulesItem } from './read-rules-item.ts';
import type { TFalcoDiagnostic, TFalcoItem, TParsedRulesFile } from './types.ts';

/** Options of `parseRulesFile`. */
export interface TParseRulesFileOptions {
  /** File name used in diagnostics; a virtual name (e.g. `file("rules.yaml")`) is fine. */
  filename?: string;
  /** Cap on alias expansions per document (yaml's `maxAliasCount`); defaults to 100. */
  maxAliasCount?: number;
}

/**
 * Parses a Falco rules file losslessly: yaml's CST is kept (print it back with `printRulesFile`),
 * every document is composed with its comments (node ranges point into the text), and each
 * entry of the top-level sequences becomes a TFalcoItem. YAML syntax errors, a non-sequence
 * document and alias expansion past `maxAliasCount` (alias bombs) become diagnostics; nothing
 * throws. Item validation is `validateRulesFile`'s job. Pure.
 */
export function parseRulesFile(
  text: string,
  options: TParseRulesFileOptions = {},
): TParsedRulesFile {
  const filename = options.filename ?? 'rules.yaml';
  const maxAliasCount = options.maxAliasCount ?? 100;
  const lineStarts = computeLineStarts(text);
  const tokens = [...new Parser().parse(text)];
  const documents = [...new Composer().compose(tokens, true, text.length)];
  const diagnostics: TFalcoDiagnostic[] = [];
  const items: TFalcoItem[] = [];
  const at = (
    offset: number,
    severity: TFalcoDiagnostic['severity'],
    code: string,
    message: string,
    hint?: string,
  ): void => {
    const position = locateOffset(lineStarts, offset);
    diagnostics.push({
      severity,
      code,
      message,
      line: position.line,
      column: position.column,
      file: filename,
      ...(hint ? { hint } : {}),
    });
  };
  documents.forEach((document, documentIndex) => {
    for (const error of document.errors)
      at(error.pos[0], 'error', 'yaml-syntax', firstLine(error.message));
    for (const warning of document.warnings)
      at(warning.pos[0], 'warning', 'yaml-warning', firstLine(warning.message));
    const contents = document.contents as Node | null;
    if (contents === null || (contents as { value?: unknown }).value === null) return;
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount });
    } catch (error) {
      at(
        firstAliasOffset(document) ?? contents.range?.[0] ?? 0,
        'error',
        'yaml-alias-limit',
        aliasMessage(error, maxAliasCount),
        'Aliases that expand to huge trees (an "alias bomb") are refused; write the values out or use fewer aliases.',
      );
      return;
    }
    if (!isSeq(contents)) {
      const message =
        typeof value === 'object'
          ? 'Rules content is not yaml array of objects'
          : 'Rules content is not yaml';
      at(
        contents.range?.[0] ?? 0,
        'error',
        'not-a-sequence',
        message,
        'A rules file is a YAML list: each entry starts with "- rule:", "- macro:" or "- list:".',
      );
      return;
    }
    const values = Array.isArray(value) ? value : [];
    contents.items.forEach((node, index) => {
      // Falco skips null entries (`-` alone).
      if (node === null || values[index] === null || values[index] === undefined) return;
      items.push(
        readRulesItem(node as Node, {
          text,
          lineStarts,
          document,
          documentIndex,
          index,
          value: values[index],
        }),
      );
    });
  });
  const hasErrors = documents.some((document) => document.errors.length > 0);
  const cstText = hasErrors ? tokens.map((token) => CST.stringify(token)).join('') : text;
  return {
    filename,
    text,
    items,
    diagnostics,
    documents,
    document: documents[0],
    tokens,
    lineStarts,
    ...(cstText === text ? {} : { cstTextAtParse: cstText }),
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function aliasMessage(error: unknown, maxAliasCount: number): string {
  const detail = error instanceof Error ? firstLine(error.message) : String(error);
  return `YAML aliases expand past the limit of ${maxAliasCount} (${detail})`;
}

function firstAliasOffset(document: Document.Parsed): number | undefined {
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined || node === null || typeof node !== 'object') return;
    if (isAlias(node)) {
      found = node.range?.[0];
      return;
    }
    const record = node as { items?: unknown[]; key?: unknown; value?: unknown };
    if (Array.isArray(record.items)) record.items.forEach(visit);
    if ('key' in record) visit(record.key);
    if ('value' in record) visit(record.value);
  };
  visit(document.contents);
  return found;
}
