import type { ParserState } from './parser-state.ts';
import { T } from './token-kind.ts';
import { decodeStringToken } from './decode-string-token.ts';
import { toNfc } from './build-template-parts.ts';
import { lineStartOf } from './line-start-of.ts';
import type { HclAttribute, HclExpression } from './types.ts';
import {
  AttributeNode,
  GetAttributeNode,
  LiteralNode,
  TemplateLiteralNode,
  TemplateNode,
  TupleNode,
  VariableNode,
  nodeListOf,
} from './cst-nodes.ts';

// Most attributes of real configurations are one line of a few shapes: a quoted string, a
// number, a bool, a reference, a one-line list of strings. The general parser reads them through
// a dozen calls per token (peek, precedence climbing, traversals, template pieces), which is
// what a cold process pays until V8 has optimised those functions — most of a cold parse of a
// large repository. This reads exactly those shapes straight from the token arrays and builds
// the nodes the general parser builds; anything else (spaces around a dot, a comment or newline
// inside a list, an interpolation, an operator after the value…) is left to the general parser.
// The shape is checked before anything is built or consumed, so falling back never repeats work
// with side effects. A differential test parses with and without this path and compares.

/**
 * At an identifier (token `ident`) in a body, parses `name = value` followed by the end of the
 * line when the value is a simple literal, reference or one-line list of strings (see above),
 * consuming it through its newline; returns null, consuming nothing, for anything else.
 */
export function parseSimpleAttribute(p: ParserState, ident: number): HclAttribute | null {
  if (p.recovery || !p.isIncludingNewlines()) return null;
  const kinds = p.tokens.kinds;
  const limit = p.limit;
  let i = ident + 1;
  if (kinds[i] === T.Spaces) i++;
  if (kinds[i] !== T.Equal || i >= limit) return null;
  const eq = i++;
  if (kinds[i] === T.Spaces) i++;
  const value = i;
  const valueEnd = skipValue(p, value);
  if (valueEnd < 0) return null;
  i = valueEnd;
  if (kinds[i] === T.Spaces && i < limit) i++;
  // The end of the line: a newline, a line comment (its newline included), or the end of input.
  const nl = i;
  if (nl < limit) {
    const kind = kinds[nl];
    if (kind === T.Comment) {
      if (p.text.charCodeAt(p.endAt(nl) - 1) !== 10) return null;
    } else if (kind !== T.Newline) return null;
  } else if (nl !== limit) return null;

  const expression = buildValue(p, value, valueEnd);
  const start = p.startAt(ident);
  const lineStart = lineStartOf(p.text, start);
  const equalsOffset = p.startAt(eq);
  p.seek(nl < limit ? nl + 1 : nl, nl);
  return new AttributeNode(
    start,
    p.endAt(ident),
    p.textAt(ident),
    equalsOffset,
    equalsOffset - Math.max(lineStart, p.tokens.lineStarts[0] as number) + 1,
    expression,
    lineStart,
    p.endAt(nl),
  );
}

/** Index after the simple value starting at token `i`, or -1 when it is not one. */
function skipValue(p: ParserState, i: number): number {
  const kinds = p.tokens.kinds;
  const limit = p.limit;
  switch (kinds[i]) {
    case T.OQuote:
      return skipString(kinds, i, limit);
    case T.Number:
      return i < limit && !Number.isNaN(Number(p.textAt(i))) ? i + 1 : -1;
    case T.Ident: {
      if (i >= limit) return -1;
      if (isLiteralKeyword(p, i)) return i + 1;
      let j = i + 1;
      while (kinds[j] === T.Dot && kinds[j + 1] === T.Ident && j + 1 < limit) j += 2;
      return j;
    }
    case T.OBrack: {
      let j = i + 1;
      if (kinds[j] === T.Spaces) j++;
      while (kinds[j] === T.OQuote) {
        j = skipString(kinds, j, limit);
        if (j < 0) return -1;
        if (kinds[j] === T.Spaces) j++;
        if (kinds[j] !== T.Comma) break;
        j++;
        if (kinds[j] === T.Spaces) j++;
      }
      return kinds[j] === T.CBrack && j < limit ? j + 1 : -1;
    }
    default:
      return -1;
  }
}

/** Index after `"…"` holding at most one literal token (no interpolation), or -1. */
function skipString(kinds: Uint8Array, i: number, limit: number): number {
  let j = i + 1;
  if (kinds[j] === T.QuotedLit) j++;
  return kinds[j] === T.CQuote && j < limit ? j + 1 : -1;
}

function isLiteralKeyword(p: ParserState, i: number): boolean {
  const length = p.endAt(i) - p.startAt(i);
  if (length !== 4 && length !== 5) return false;
  const word = p.textAt(i);
  return word === 'true' || word === 'false' || word === 'null';
}

/** Builds the node of the simple value at tokens [i, end) as the general parser would. */
function buildValue(p: ParserState, i: number, end: number): HclExpression {
  const kind = p.kindAt(i);
  if (kind === T.OQuote) return buildString(p, i);
  const start = p.startAt(i);
  if (kind === T.Number) {
    const raw = p.textAt(i);
    return new LiteralNode(start, p.endAt(i), Number(raw), raw);
  }
  if (kind === T.OBrack) {
    const mark = p.childMark();
    for (let j = i + 1; j < end; j++) {
      if (p.kindAt(j) !== T.OQuote) continue;
      p.pushChild(buildString(p, j));
      j = p.kindAt(j + 1) === T.QuotedLit ? j + 2 : j + 1;
    }
    return new TupleNode(start, p.endAt(end - 1), p.takeChildren<HclExpression>(mark));
  }
  const name = p.textAt(i);
  const nameEnd = p.endAt(i);
  if (name === 'true') return new LiteralNode(start, nameEnd, true, name);
  if (name === 'false') return new LiteralNode(start, nameEnd, false, name);
  if (name === 'null') return new LiteralNode(start, nameEnd, null, name);
  let expression: HclExpression = new VariableNode(start, nameEnd, name);
  for (let j = i + 2; j < end; j += 2)
    expression = new GetAttributeNode(start, p.endAt(j), expression, p.textAt(j));
  return expression;
}

/** The template node of `"…"` at token `open` (parse-template.ts's fast path, same nodes). */
function buildString(p: ParserState, open: number): HclExpression {
  const next = open + 1;
  if (p.kindAt(next) === T.CQuote) {
    const at = p.endAt(next);
    return new TemplateNode(
      p.startAt(open),
      at,
      nodeListOf<TemplateLiteralNode>(new TemplateLiteralNode(at, at, '')),
      false,
      null,
    );
  }
  const value = decodeStringToken(p, next, true);
  return new TemplateNode(
    p.startAt(open),
    p.endAt(next + 1),
    nodeListOf<TemplateLiteralNode>(
      new TemplateLiteralNode(p.startAt(next), p.endAt(next), toNfc(value)),
    ),
    false,
    null,
  );
}
