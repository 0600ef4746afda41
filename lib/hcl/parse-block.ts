import type { ParserState } from './parser-state.ts';
import { decodeStringToken } from './decode-string-token.ts';
import { finishAttribute, parseBody } from './parse-body.ts';
import { lineStartOf } from './line-start-of.ts';
import { T } from './token-kind.ts';
import type { HclAttribute, HclBlock, HclBody, HclLabel } from './types.ts';
import { BlockNode, BodyNode, LabelNode, nodeList, nodeListOf } from './cst-nodes.ts';

function parseLabel(p: ParserState): HclLabel {
  const open = p.read();
  let value = '';
  let end = p.endAt(open);
  for (;;) {
    const tok = p.read();
    const kind = p.effectiveKind(tok);
    if (kind === (13 satisfies typeof T.CQuote)) {
      end = p.endAt(tok);
      break;
    }
    if (kind === (41 satisfies typeof T.QuotedLit)) {
      value += decodeStringToken(p, tok, true);
      continue;
    }
    if (
      kind === (39 satisfies typeof T.TemplateControl) ||
      kind === (38 satisfies typeof T.TemplateInterp)
    ) {
      const which = kind === (39 satisfies typeof T.TemplateControl) ? '%' : '$';
      p.error(
        'invalid-string-literal',
        'Invalid string literal',
        `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`,
        p.startAt(tok),
        p.endAt(tok),
      );
      value += `${which}{ ... }`;
      p.recover(40 satisfies typeof T.TemplateSeqEnd);
      continue;
    }
    if (kind === (52 satisfies typeof T.Eof)) {
      p.error(
        'unterminated-string',
        'Unterminated string literal',
        'Unable to find the closing quote mark before the end of the file.',
        p.startAt(tok),
        p.endAt(tok),
      );
      end = p.endAt(tok);
      break;
    }
    p.error(
      'invalid-string-literal',
      'Invalid string literal',
      'This item is not valid in a string literal.',
      p.startAt(tok),
      p.endAt(tok),
    );
    p.recover(13 satisfies typeof T.CQuote);
    end = p.endAt(tok);
    break;
  }
  return new LabelNode(p.startAt(open), end, value, true);
}

/**
 * Parses the rest of a block after its type identifier (hclsyntax `finishParsingBodyBlock`):
 * labels, then a multi-line body or a single-line `{ name = value }` body, then the newline.
 * Never throws.
 */
export function finishBlock(p: ParserState, ident: number): HclBlock {
  const type = p.textAt(ident);
  const start = p.startAt(ident);
  const typeEnd = p.endAt(ident);
  const labelsMark = p.childMark();
  let oBrace = -1;
  for (;;) {
    const tok = p.peek();
    const kind = p.peekKind();
    if (kind === (6 satisfies typeof T.OBrace)) {
      oBrace = p.read();
      break;
    }
    if (kind === (12 satisfies typeof T.OQuote)) {
      p.pushChild(parseLabel(p));
      continue;
    }
    if (kind === (4 satisfies typeof T.Ident)) {
      p.read();
      p.pushChild(new LabelNode(p.startAt(tok), p.endAt(tok), p.textAt(tok), false));
      continue;
    }
    const s = p.startAt(tok);
    const e = p.endAt(tok);
    if (kind === (21 satisfies typeof T.Equal)) {
      p.error(
        'invalid-block-definition',
        'Invalid block definition',
        'The equals sign "=" indicates an argument definition, and must not be used when defining a block.',
        s,
        e,
      );
    } else if (kind === (3 satisfies typeof T.Newline)) {
      p.error(
        'invalid-block-definition',
        'Invalid block definition',
        'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
        s,
        e,
      );
    } else if (!p.recovery) {
      p.error(
        'invalid-block-definition',
        'Invalid block definition',
        'Either a quoted string block label or an opening brace ("{") is expected here.',
        s,
        e,
      );
    }
    p.recoverAfterBodyItem();
    const end = p.endAt(p.prev);
    return new BlockNode(
      start,
      end,
      type,
      typeEnd,
      p.takeChildren<HclLabel>(labelsMark),
      -1,
      -1,
      new BodyNode(end, end, nodeList()),
      lineStartOf(p.text, start),
      end,
    );
  }
  const labels = p.takeChildren<HclLabel>(labelsMark);
  let body: HclBody;
  const bodyKind = p.peekKind();
  if (
    bodyKind === (3 satisfies typeof T.Newline) ||
    bodyKind === (52 satisfies typeof T.Eof) ||
    bodyKind === (7 satisfies typeof T.CBrace)
  ) {
    body = parseBody(p, 7 satisfies typeof T.CBrace, oBrace);
  } else {
    const diagnosticsBefore = p.diagnostics.length;
    body = parseSingleAttrBody(p, oBrace);
    // HCL appends the body's own diagnostics after those about the closing brace.
    const bodyDiagnostics = p.diagnostics.splice(diagnosticsBefore);
    const after = p.peek();
    const afterKind = p.peekKind();
    if (afterKind === (7 satisfies typeof T.CBrace)) {
      p.read();
    } else {
      const s = p.startAt(after);
      const e = p.endAt(after);
      if (afterKind === (32 satisfies typeof T.Comma)) {
        p.error(
          'invalid-single-argument-block',
          'Invalid single-argument block definition',
          'Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.',
          s,
          e,
        );
      } else if (afterKind === (3 satisfies typeof T.Newline)) {
        p.error(
          'invalid-single-argument-block',
          'Invalid single-argument block definition',
          "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
          s,
          e,
        );
      } else if (!p.recovery) {
        if (afterKind === (52 satisfies typeof T.Eof)) {
          p.error(
            'unclosed-block',
            'Unclosed configuration block',
            'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
            p.startAt(oBrace),
            p.endAt(oBrace),
          );
        } else {
          p.error(
            'invalid-single-argument-block',
            'Invalid single-argument block definition',
            'A single-line block definition must end with a closing brace immediately after its single argument definition.',
            s,
            e,
          );
        }
      }
      p.recover(7 satisfies typeof T.CBrace);
    }
    p.diagnostics.push(...bodyDiagnostics);
  }
  const cBrace = p.prev;
  const closeBrace = p.kindAt(cBrace) === (7 satisfies typeof T.CBrace) ? p.startAt(cBrace) : -1;
  const end = p.endAt(cBrace);
  let lineEnd = end;
  const eolKind = p.peekKind();
  if (eolKind === (3 satisfies typeof T.Newline) || eolKind === (52 satisfies typeof T.Eof)) {
    const nl = p.read();
    lineEnd = p.endAt(nl);
  } else {
    if (!p.recovery) {
      const eol = p.peek();
      p.error(
        'missing-newline-after-block',
        'Missing newline after block definition',
        'A block definition must end with a newline.',
        p.startAt(eol),
        p.endAt(eol),
      );
    }
    p.recoverAfterBodyItem();
    lineEnd = p.endAt(p.prev);
  }
  return new BlockNode(
    start,
    end,
    type,
    typeEnd,
    labels,
    p.startAt(oBrace),
    closeBrace,
    body,
    lineStartOf(p.text, start),
    lineEnd,
  );
}

function parseSingleAttrBody(p: ParserState, oBrace: number): HclBody {
  const start = p.endAt(oBrace);
  const ident = p.peek();
  if (p.peekKind() !== (4 satisfies typeof T.Ident)) {
    p.read();
    p.recoverAfterBodyItem();
    p.error(
      'argument-or-block-required',
      'Argument or block definition required',
      'An argument or block definition is required here.',
      p.startAt(ident),
      p.endAt(ident),
    );
    return new BodyNode(start, start, nodeList());
  }
  p.read();
  const next = p.peek();
  const kind = p.peekKind();
  if (kind === (21 satisfies typeof T.Equal)) {
    const attr = finishAttribute(p, ident, true);
    return new BodyNode(start, attr.end, nodeListOf<HclAttribute | HclBlock>(attr));
  }
  p.recoverAfterBodyItem();
  if (
    kind === (12 satisfies typeof T.OQuote) ||
    kind === (6 satisfies typeof T.OBrace) ||
    kind === (4 satisfies typeof T.Ident)
  ) {
    p.error(
      'argument-definition-required',
      'Argument definition required',
      `A single-line block definition can contain only a single argument. If you meant to define argument "${p.textAt(ident)}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
      p.startAt(ident),
      p.endAt(next),
    );
  } else {
    p.error(
      'argument-or-block-required',
      'Argument or block definition required',
      'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
      p.startAt(ident),
      p.endAt(ident),
    );
  }
  return new BodyNode(start, start, nodeList());
}
