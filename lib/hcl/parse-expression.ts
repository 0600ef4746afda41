import type { ParserState } from './parser-state.ts';
import { T } from './token-kind.ts';
import type { HclExpression } from './types.ts';
import { parseTemplateExpression } from './parse-template.ts';
import { checkNumber, parseTraversals } from './parse-traversals.ts';
import { parseFunctionCall } from './parse-function-call.ts';
import { parseTuple } from './parse-tuple.ts';
import { parseObject } from './parse-object.ts';
import {
  BinaryNode,
  ConditionalNode,
  InvalidNode,
  LiteralNode,
  ParenthesesNode,
  UnaryNode,
  VariableNode,
} from './cst-nodes.ts';

// hclsyntax binaryOps precedence by token kind (1 = `||` lowest … 6 = `*` highest), 0 when not
// an operator: a table look-up keeps the functions that read it small enough to be inlined.
const BINARY_LEVEL = new Uint8Array(64);
BINARY_LEVEL[T.Or] = 1;
BINARY_LEVEL[T.And] = 2;
BINARY_LEVEL[T.EqualOp] = 3;
BINARY_LEVEL[T.NotEqual] = 3;
BINARY_LEVEL[T.Gt] = 4;
BINARY_LEVEL[T.Ge] = 4;
BINARY_LEVEL[T.Lt] = 4;
BINARY_LEVEL[T.Le] = 4;
BINARY_LEVEL[T.Plus] = 5;
BINARY_LEVEL[T.Minus] = 5;
BINARY_LEVEL[T.Star] = 6;
BINARY_LEVEL[T.Slash] = 6;
BINARY_LEVEL[T.Percent] = 6;

const OPERATOR_TEXT: Record<number, string> = {
  [T.Or]: '||',
  [T.And]: '&&',
  [T.EqualOp]: '==',
  [T.NotEqual]: '!=',
  [T.Gt]: '>',
  [T.Ge]: '>=',
  [T.Lt]: '<',
  [T.Le]: '<=',
  [T.Plus]: '+',
  [T.Minus]: '-',
  [T.Star]: '*',
  [T.Slash]: '/',
  [T.Percent]: '%',
};

/**
 * Parses one expression at the cursor (hclsyntax `ParseExpression`: a ternary conditional over
 * binary operators over terms with traversals). Errors go to `p.diagnostics` (callers compare
 * its length to know whether this expression had errors); the returned node is always
 * structurally valid (an `invalid` node stands in for what could not be parsed). Never throws.
 */
export function parseExpression(p: ParserState): HclExpression {
  const startTok = p.peek();
  const condBefore = p.diagnostics.length;
  const cond = parseBinary(p, 1);
  // Most expressions are not conditionals: this function stays small, so V8 inlines it cheaply
  // into its many callers, and the rest is parsed out of line.
  if (p.peekKind() !== (36 satisfies typeof T.Question)) return cond;
  if (p.recovery && p.diagnostics.length > condBefore) return cond;
  return parseConditional(p, p.startAt(startTok), cond);
}

// The rest of `cond ? then : else` from the `?` on.
function parseConditional(p: ParserState, start: number, cond: HclExpression): HclExpression {
  p.read();
  const thenBefore = p.diagnostics.length;
  const thenExpr = parseExpression(p);
  if (p.recovery && p.diagnostics.length > thenBefore) return cond;
  const colon = p.peek();
  if (p.peekKind() !== (37 satisfies typeof T.Colon)) {
    p.error(
      'missing-false-expression',
      'Missing false expression in conditional',
      'The conditional operator (...?...:...) requires a false expression, delimited by a colon.',
      p.startAt(colon),
      p.endAt(colon),
    );
    return cond;
  }
  p.read();
  const elseBefore = p.diagnostics.length;
  const elseExpr = parseExpression(p);
  if (p.recovery && p.diagnostics.length > elseBefore) return cond;
  return new ConditionalNode(start, elseExpr.end, cond, thenExpr, elseExpr);
}

// Precedence climbing; equivalent to hclsyntax's one-level-per-recursion parseBinaryOps,
// including its bail-out on errors while recovering. An operand with no operator after it (the
// usual case) returns at once; operators are parsed out of line (see parseExpression).
function parseBinary(p: ParserState, minLevel: number): HclExpression {
  const lhsBefore = p.diagnostics.length;
  const lhs = parseWithTraversals(p);
  if ((BINARY_LEVEL[p.peekKind()] as number) < minLevel) return lhs;
  if (p.recovery && p.diagnostics.length > lhsBefore) return lhs;
  return parseOperators(p, minLevel, lhs);
}

function parseOperators(p: ParserState, minLevel: number, first: HclExpression): HclExpression {
  let lhs = first;
  for (;;) {
    const kind = p.peekKind();
    const level = BINARY_LEVEL[kind] as number;
    if (level === 0 || level < minLevel) break;
    p.read();
    const rhsBefore = p.diagnostics.length;
    const rhs = parseBinary(p, level + 1);
    if (p.recovery && p.diagnostics.length > rhsBefore) return lhs;
    lhs = new BinaryNode(lhs.start, rhs.end, OPERATOR_TEXT[kind] as string, lhs, rhs);
  }
  return lhs;
}

/** A term followed by any traversals (`.a`, `[i]`, `.*`, `[*]`, legacy `.0`). */
export function parseWithTraversals(p: ParserState): HclExpression {
  return parseTraversals(p, parseTerm(p));
}

function parseTerm(p: ParserState): HclExpression {
  const startTok = p.peek();
  const kind = p.peekKind();
  const start = p.startAt(startTok);
  switch (kind) {
    case 10 satisfies typeof T.OParen: {
      p.read();
      p.pushNewlines(false);
      const errBefore = p.diagnostics.length;
      const expr = parseExpression(p);
      const err = p.diagnostics.length > errBefore;
      if (err) {
        p.recover(11 satisfies typeof T.CParen);
        p.popNewlines();
        return expr;
      }
      const close = p.peek();
      if (p.peekKind() !== (11 satisfies typeof T.CParen)) {
        p.error(
          'unbalanced-parentheses',
          'Unbalanced parentheses',
          'Expected a closing parenthesis to terminate the expression.',
          p.startAt(close),
          p.endAt(close),
        );
        p.recovery = true;
      }
      const cParen = p.read();
      p.popNewlines();
      return new ParenthesesNode(start, p.endAt(cParen), expr);
    }
    case 5 satisfies typeof T.Number: {
      p.read();
      const raw = p.textAt(startTok);
      checkNumber(p, startTok);
      return new LiteralNode(start, p.endAt(startTok), Number(raw), raw);
    }
    case 4 satisfies typeof T.Ident: {
      p.read();
      const next = p.peekKind();
      if (next === (10 satisfies typeof T.OParen) || next === (33 satisfies typeof T.DoubleColon))
        return parseFunctionCall(p, startTok);
      const name = p.textAt(startTok);
      const end = p.endAt(startTok);
      // The keywords' raw text is a constant: one string shared by every literal, not a slice each.
      if (name === 'true') return new LiteralNode(start, end, true, 'true');
      if (name === 'false') return new LiteralNode(start, end, false, 'false');
      if (name === 'null') return new LiteralNode(start, end, null, 'null');
      return new VariableNode(start, end, name);
    }
    case 12 satisfies typeof T.OQuote:
    case 14 satisfies typeof T.OHeredoc:
      return parseTemplateExpression(p);
    case 19 satisfies typeof T.Minus:
    case 30 satisfies typeof T.Bang: {
      p.read();
      const operand = parseWithTraversals(p);
      return new UnaryNode(
        start,
        operand.end,
        kind === (19 satisfies typeof T.Minus) ? '-' : '!',
        operand,
      );
    }
    case 8 satisfies typeof T.OBrack:
      return parseTuple(p);
    case 6 satisfies typeof T.OBrace:
      return parseObject(p);
    default:
      if (!p.recovery) {
        if (kind === (52 satisfies typeof T.Eof)) {
          p.error(
            'missing-expression',
            'Missing expression',
            'Expected the start of an expression, but found the end of the file.',
            start,
            p.endAt(startTok),
          );
        } else {
          p.error(
            'invalid-expression',
            'Invalid expression',
            'Expected the start of an expression, but found an invalid expression token.',
            start,
            p.endAt(startTok),
          );
        }
      }
      p.recovery = true;
      return new InvalidNode(start, p.endAt(startTok));
  }
}
