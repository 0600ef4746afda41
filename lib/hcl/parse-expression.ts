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

/** hclsyntax binaryOps precedence (1 = `||` lowest … 6 = `*` highest), 0 when not an operator. */
function binaryLevel(kind: number): number {
  switch (kind) {
    case 29 satisfies typeof T.Or:
      return 1;
    case 28 satisfies typeof T.And:
      return 2;
    case 22 satisfies typeof T.EqualOp:
    case 23 satisfies typeof T.NotEqual:
      return 3;
    case 26 satisfies typeof T.Gt:
    case 27 satisfies typeof T.Ge:
    case 24 satisfies typeof T.Lt:
    case 25 satisfies typeof T.Le:
      return 4;
    case 18 satisfies typeof T.Plus:
    case 19 satisfies typeof T.Minus:
      return 5;
    case 16 satisfies typeof T.Star:
    case 17 satisfies typeof T.Slash:
    case 20 satisfies typeof T.Percent:
      return 6;
    default:
      return 0;
  }
}

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
  const start = p.startAt(startTok);
  const condBefore = p.diagnostics.length;
  const cond = parseBinary(p, 1);
  if (p.recovery && p.diagnostics.length > condBefore) return cond;
  if (p.peekKind() !== (36 satisfies typeof T.Question)) return cond;
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
// including its bail-out on errors while recovering.
function parseBinary(p: ParserState, minLevel: number): HclExpression {
  const lhsBefore = p.diagnostics.length;
  let lhs = parseWithTraversals(p);
  if (p.recovery && p.diagnostics.length > lhsBefore) return lhs;
  for (;;) {
    const kind = p.peekKind();
    const level = binaryLevel(kind);
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
