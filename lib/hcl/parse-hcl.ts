import { lexHcl } from './lex-hcl.ts';
import { ParserState } from './parser-state.ts';
import { parseBody } from './parse-body.ts';
import { positionAt } from './position-at.ts';
import { checkInvalidTokens } from './check-invalid-tokens.ts';
import { explainLegacySyntax } from './explain-legacy-syntax.ts';
import { T } from './token-kind.ts';
import { recoverTopLevelItems } from './recover-top-level-items.ts';
import type { HclBody, HclBlock, HclAttribute, HclDiagnostic, HclFile } from './types.ts';
import { BodyNode, FileNode, nodeList } from './cst-nodes.ts';
import { TYPE_FEEDBACK_SAMPLE } from './type-feedback-sample.ts';

let feedbackRecorded = false;

/** Result of {@link parseHcl}. */
export interface HclParseResult {
  file: HclFile;
  /** HCL's diagnostics in HCL's order: lexical problems first, then syntax errors. */
  diagnostics: HclDiagnostic[];
  /** Top-level blocks (also reachable as `file.body.items`). */
  blocks: HclBlock[];
  /** Top-level attributes. */
  attributes: HclAttribute[];
}

/**
 * Parses HCL native syntax (a `.tf` file) into a lossless CST plus diagnostics, following
 * HashiCorp HCL's grammar, messages and error positions (hclsyntax `ParseConfig`). A syntax
 * error inside one block does not hide the blocks after it: parsing resynchronises the way HCL
 * does, and if HCL's own recovery swallowed the rest of the file, top-level items found after
 * the error (lines starting at column 1 with an identifier) are recovered too. Never throws.
 */
export function parseHcl(text: string, options: { filename?: string } = {}): HclParseResult {
  if (!feedbackRecorded) {
    feedbackRecorded = true;
    recordTypeFeedback();
  }
  const tokens = lexHcl(text);
  const p = new ParserState(tokens);
  const body = parseFileBody(p);
  const file: HclFile = new FileNode(options.filename ?? '', text, tokens, body);
  // Most files have no diagnostics: their empty list comes from one place (an empty result of
  // map has another elements kind, and a file with none after one with some deoptimised this).
  const diagnostics: HclDiagnostic[] =
    tokens.hasInvalid || p.diagnostics.length > 0 ? reportDiagnostics(file, p) : nodeList();
  const blocks: HclBlock[] = nodeList();
  const attributes: HclAttribute[] = nodeList();
  for (const item of body.items) {
    if (item.kind === 'block') blocks.push(item);
    else attributes.push(item);
  }
  return { file, diagnostics, blocks, attributes };
}

// The file's body. HCL's Go stack grows; a JS stack gives out on pathological nesting (tens of
// thousands of brackets): such a file is refused with a clear error instead of crashing the
// caller.
function parseFileBody(p: ParserState): HclBody {
  try {
    return parseBody(p, T.Eof, 0);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    p.error(
      'nesting-too-deep',
      'Nesting too deep',
      'This file nests brackets, blocks or expressions thousands of levels deep, more than Rampart can read. Flatten it.',
      0,
      0,
    );
    return new BodyNode(0, p.text.length, nodeList());
  }
}

// A file with problems (out of line: most files have none): lexical problems first, then syntax
// errors, positioned; the legacy-syntax explanation; top-level items HCL's recovery swallowed.
function reportDiagnostics(file: HclFile, p: ParserState): HclDiagnostic[] {
  const tokens = file.tokens;
  const lexical = tokens.hasInvalid ? checkInvalidTokens(tokens) : [];
  const raw = [...lexical, ...p.diagnostics];
  if (raw.length === 0) return nodeList();
  const diagnostics = raw.map((d) => {
    const diagnostic: HclDiagnostic = {
      severity: 'error',
      code: d.code,
      message: d.summary,
      detail: d.detail,
      range: {
        start: positionAt(tokens.lineStarts, d.start),
        end: positionAt(tokens.lineStarts, d.end),
      },
    };
    return diagnostic;
  });
  explainLegacySyntax(file, diagnostics);
  file.body.items = recoverTopLevelItems(
    tokens,
    file.body.items,
    raw.map((d) => d.start),
  );
  return diagnostics;
}

/**
 * Gives V8 type feedback for every branch of the lexer and parser before it first optimises
 * them (see type-feedback-sample.ts): parses the sample as written and its twin with CRLF line
 * ends, a byte order mark and a file name (callers pass options of both shapes). Runs on the
 * first parse, so that parse pays for it (about 2 ms; the bench's cold time includes it).
 * V8 records feedback for a function only from about its eighth call on, so a branch of a
 * function the sample calls less often can still be met late (flushHeredoc's blank-line case
 * was one: it now has no operation of its own that needs feedback). Parsing the sample eight
 * times would cover them all but costs ~12 ms more than it saved on the bench corpus.
 */
function recordTypeFeedback(): void {
  parseHcl(TYPE_FEEDBACK_SAMPLE);
  parseHcl(`\uFEFF${TYPE_FEEDBACK_SAMPLE.replace(/\n/g, '\r\n')}`, { filename: 'sample.tf' });
}
