import type { ParserState } from './parser-state.ts';
import { T } from './token-kind.ts';
import type { HclExpression, HclObjectItem } from './types.ts';
import { parseExpression } from './parse-expression.ts';
import { parseForExpression } from './parse-for-expression.ts';
import { ObjectItemNode, ObjectNode } from './cst-nodes.ts';

/**
 * Parses `{ k = v, … }` or an object `for` expression at the cursor (hclsyntax
 * `parseObjectCons`): items separated by commas or newlines, `=` or `:`. Never throws.
 */
export function parseObject(p: ParserState): HclExpression {
  const open = p.read();
  p.pushNewlines(false);
  const isFor = p.isKeyword(p.peek(), 'for');
  p.popNewlines();
  if (isFor) {
    p.pushNewlines(false);
    try {
      return parseForExpression(p, open, true);
    } finally {
      p.popNewlines();
    }
  }
  p.pushNewlines(true);
  const mark = p.childMark();
  let close: number;
  try {
    for (;;) {
      const nextKind = p.peekKind();
      if (nextKind === (3 satisfies typeof T.Newline)) {
        p.read();
        continue;
      }
      if (nextKind === (7 satisfies typeof T.CBrace)) {
        close = p.read();
        break;
      }
      const isKeyForced = nextKind === (10 satisfies typeof T.OParen);
      const keyErrBefore = p.diagnostics.length;
      const key = parseExpression(p);
      const keyErr = p.diagnostics.length > keyErrBefore;
      if (p.recovery && keyErr) {
        close = p.recover(7 satisfies typeof T.CBrace);
        break;
      }
      const sepTok = p.peek();
      const sepKind = p.peekKind();
      if (sepKind !== (21 satisfies typeof T.Equal) && sepKind !== (37 satisfies typeof T.Colon)) {
        if (!p.recovery) {
          const s = p.startAt(sepTok);
          const e = p.endAt(sepTok);
          if (
            sepKind === (3 satisfies typeof T.Newline) ||
            sepKind === (32 satisfies typeof T.Comma)
          ) {
            p.error(
              'missing-attribute-value',
              'Missing attribute value',
              'Expected an attribute value, introduced by an equals sign ("=").',
              s,
              e,
            );
          } else if (sepKind === (4 satisfies typeof T.Ident)) {
            p.error(
              'missing-key-value-separator',
              'Missing key/value separator',
              'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.',
              s,
              e,
            );
          } else if (sepKind === (52 satisfies typeof T.Eof)) {
            p.error(
              'unterminated-object',
              'Unterminated object constructor expression',
              'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
              p.startAt(open),
              p.endAt(open),
            );
          } else {
            p.error(
              'missing-key-value-separator',
              'Missing key/value separator',
              'Expected an equals sign ("=") to mark the beginning of the attribute value.',
              s,
              e,
            );
          }
        }
        close = p.recover(7 satisfies typeof T.CBrace);
        break;
      }
      p.read();
      const valueErrBefore = p.diagnostics.length;
      const value = parseExpression(p);
      const valueErr = p.diagnostics.length > valueErrBefore;
      if (p.recovery && valueErr) {
        close = p.recover(7 satisfies typeof T.CBrace);
        break;
      }
      p.pushChild(
        new ObjectItemNode(
          key,
          isKeyForced,
          sepKind === (21 satisfies typeof T.Equal) ? '=' : ':',
          value,
        ),
      );
      const next = p.peek();
      const afterKind = p.peekKind();
      if (afterKind === (7 satisfies typeof T.CBrace)) {
        close = p.read();
        break;
      }
      if (
        afterKind !== (32 satisfies typeof T.Comma) &&
        afterKind !== (3 satisfies typeof T.Newline)
      ) {
        if (!p.recovery) {
          if (afterKind === (52 satisfies typeof T.Eof)) {
            p.error(
              'unterminated-object',
              'Unterminated object constructor expression',
              'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
              p.startAt(open),
              p.endAt(open),
            );
          } else {
            p.error(
              'missing-attribute-separator',
              'Missing attribute separator',
              'Expected a newline or comma to mark the beginning of the next attribute.',
              p.startAt(next),
              p.endAt(next),
            );
          }
        }
        close = p.recover(7 satisfies typeof T.CBrace);
        break;
      }
      p.read();
    }
  } finally {
    p.popNewlines();
  }
  return new ObjectNode(p.startAt(open), p.endAt(close), p.takeChildren<HclObjectItem>(mark));
}
