import type { ParserState } from './parser-state.ts';
import { parseExpression } from './parse-expression.ts';
import { T } from './token-kind.ts';
import type { HclExpression } from './types.ts';
import { ForNode, InvalidNode } from './cst-nodes.ts';

/**
 * Parses the rest of a `for` expression after its opening bracket (`open` token index), port of
 * hclsyntax `finishParsingForExpr`. The caller has pushed "ignore newlines". Never throws.
 */
export function parseForExpression(p: ParserState, open: number, isObject: boolean): HclExpression {
  p.pushNewlines(false);
  try {
    return parseFor(p, open, isObject);
  } finally {
    p.popNewlines();
  }
}

function parseFor(p: ParserState, open: number, isObject: boolean): HclExpression {
  p.read(); // "for"
  const closeType = isObject ? (7 satisfies typeof T.CBrace) : (9 satisfies typeof T.CBrack);
  const start = p.startAt(open);
  const fail = (detail: string): HclExpression => {
    if (!p.recovery) {
      const t = p.peek();
      p.error('invalid-for', "Invalid 'for' expression", detail, p.startAt(t), p.endAt(t));
    }
    const close = p.recover(closeType);
    return new InvalidNode(start, p.endAt(close));
  };
  if (p.peekKind() !== (4 satisfies typeof T.Ident))
    return fail("For expression requires variable name after 'for'.");
  let valueVar = p.textAt(p.read());
  let keyVar: string | null = null;
  if (p.peekKind() === (32 satisfies typeof T.Comma)) {
    keyVar = valueVar;
    p.read();
    if (p.peekKind() !== (4 satisfies typeof T.Ident))
      return fail('For expression requires value variable name after comma.');
    valueVar = p.textAt(p.read());
  }
  if (!p.isKeyword(p.peek(), 'in'))
    return fail("For expression requires the 'in' keyword after its name declarations.");
  p.read();
  const collErrBefore = p.diagnostics.length;
  const collection = parseExpression(p);
  const collErr = p.diagnostics.length > collErrBefore;
  if (p.recovery && collErr) {
    const close = p.recover(closeType);
    return new InvalidNode(start, p.endAt(close));
  }
  if (p.peekKind() !== (37 satisfies typeof T.Colon))
    return fail('For expression requires a colon after the collection expression.');
  p.read();
  let key: HclExpression | null = null;
  const valueErrBefore = p.diagnostics.length;
  let value = parseExpression(p);
  let valueErr = p.diagnostics.length > valueErrBefore;
  let keyErr = false;
  if (p.peekKind() === (35 satisfies typeof T.FatArrow)) {
    p.read();
    key = value;
    keyErr = valueErr;
    const valueErrAgain = p.diagnostics.length;
    value = parseExpression(p);
    valueErr = p.diagnostics.length > valueErrAgain;
  }
  if (p.recovery && (keyErr || valueErr)) {
    const close = p.recover(closeType);
    return new InvalidNode(start, p.endAt(close));
  }
  let isGrouped = false;
  let ellipsis = -1;
  if (p.peekKind() === (34 satisfies typeof T.Ellipsis)) {
    ellipsis = p.read();
    isGrouped = true;
  }
  let condition: HclExpression | null = null;
  if (p.isKeyword(p.peek(), 'if')) {
    p.read();
    const cErrBefore = p.diagnostics.length;
    const c = parseExpression(p);
    const cErr = p.diagnostics.length > cErrBefore;
    condition = c;
    if (p.recovery && cErr) {
      const close = p.recover(closeType);
      return new InvalidNode(start, p.endAt(close));
    }
  }
  let close: number;
  if (p.peekKind() === closeType) close = p.read();
  else {
    if (!p.recovery) {
      const t = p.peek();
      p.error(
        'invalid-for',
        "Invalid 'for' expression",
        "Extra characters after the end of the 'for' expression.",
        p.startAt(t),
        p.endAt(t),
      );
    }
    close = p.recover(closeType);
  }
  if (!isObject) {
    if (key)
      p.error(
        'invalid-for',
        "Invalid 'for' expression",
        'Key expression is not valid when building a tuple.',
        key.start,
        key.end,
      );
    if (isGrouped)
      p.error(
        'invalid-for',
        "Invalid 'for' expression",
        'Grouping ellipsis (...) cannot be used when building a tuple.',
        p.startAt(ellipsis),
        p.endAt(ellipsis),
      );
  } else if (!key) {
    p.error(
      'invalid-for',
      "Invalid 'for' expression",
      'Key expression is required when building an object.',
      value.start,
      value.end,
    );
  }
  return new ForNode(
    start,
    p.endAt(close),
    isObject,
    keyVar,
    valueVar,
    collection,
    key,
    value,
    condition,
    isGrouped,
  );
}
