import type { ParserState } from './parser-state.ts';
import { T } from './token-kind.ts';
import type { HclExpression } from './types.ts';
import { parseExpression } from './parse-expression.ts';
import { parseForExpression } from './parse-for-expression.ts';
import { TupleNode } from './cst-nodes.ts';

/** Parses `[a, b]` or a tuple `for` expression at the cursor (hclsyntax `parseTupleCons`). Never throws. */
export function parseTuple(p: ParserState): HclExpression {
  const open = p.read();
  p.pushNewlines(false);
  try {
    if (p.isKeyword(p.peek(), 'for')) return parseForExpression(p, open, false);
    const mark = p.childMark();
    let close: number;
    for (;;) {
      if (p.peekKind() === (9 satisfies typeof T.CBrack)) {
        close = p.read();
        break;
      }
      const errBefore = p.diagnostics.length;
      const expr = parseExpression(p);
      const err = p.diagnostics.length > errBefore;
      p.pushChild(expr);
      if (p.recovery && err) {
        close = p.recover(9 satisfies typeof T.CBrack);
        break;
      }
      const next = p.peek();
      const nextKind = p.peekKind();
      if (nextKind === (9 satisfies typeof T.CBrack)) {
        close = p.read();
        break;
      }
      if (nextKind !== (32 satisfies typeof T.Comma)) {
        if (!p.recovery) {
          if (nextKind === (52 satisfies typeof T.Eof)) {
            p.error(
              'unterminated-tuple',
              'Unterminated tuple constructor expression',
              'There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.',
              p.startAt(open),
              p.endAt(open),
            );
          } else {
            p.error(
              'missing-item-separator',
              'Missing item separator',
              'Expected a comma to mark the beginning of the next item.',
              p.startAt(next),
              p.endAt(next),
            );
          }
        }
        close = p.recover(9 satisfies typeof T.CBrack);
        break;
      }
      p.read();
    }
    return new TupleNode(p.startAt(open), p.endAt(close), p.takeChildren<HclExpression>(mark));
  } finally {
    p.popNewlines();
  }
}
