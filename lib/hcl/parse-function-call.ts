import type { ParserState } from './parser-state.ts';
import { T } from './token-kind.ts';
import type { HclExpression } from './types.ts';
import { parseExpression } from './parse-expression.ts';
import { FunctionCallNode, InvalidNode } from './cst-nodes.ts';

/**
 * Parses a call after its name token (hclsyntax `finishParsingFunctionCall`), including
 * `ns::fn` scoped names, trailing commas and a final `...` expansion. Never throws.
 */
export function parseFunctionCall(p: ParserState, nameTok: number): HclExpression {
  const start = p.startAt(nameTok);
  let openTok = p.read();
  let name = p.textAt(nameTok);
  let nameEnd = p.endAt(nameTok);
  while (p.kindAt(openTok) === (33 satisfies typeof T.DoubleColon)) {
    const nextName = p.read();
    if (p.kindAt(nextName) !== (4 satisfies typeof T.Ident)) {
      p.error(
        'missing-function-name',
        'Missing function name',
        'Function scope resolution symbol :: must be followed by a function name in this scope.',
        p.startAt(nextName),
        p.endAt(nextName),
      );
      p.recoverOver(10 satisfies typeof T.OParen);
      return new InvalidNode(start, p.endAt(nextName));
    }
    name = `${name}::${p.textAt(nextName)}`;
    nameEnd = p.endAt(nextName);
    openTok = p.read();
  }
  if (p.kindAt(openTok) !== (10 satisfies typeof T.OParen)) {
    p.error(
      'missing-open-parenthesis',
      'Missing open parenthesis',
      'Function selector must be followed by an open parenthesis to begin the function call.',
      p.startAt(openTok),
      p.endAt(openTok),
    );
    p.recoverOver(10 satisfies typeof T.OParen);
    return new InvalidNode(start, p.endAt(openTok));
  }
  const argsMark = p.childMark();
  let expandFinal = false;
  let closeTok = -1;
  p.pushNewlines(false);
  for (;;) {
    if (p.peekKind() === (11 satisfies typeof T.CParen)) {
      closeTok = p.read();
      break;
    }
    const argErrBefore = p.diagnostics.length;
    const arg = parseExpression(p);
    const argErr = p.diagnostics.length > argErrBefore;
    p.pushChild(arg);
    if (p.recovery && argErr) {
      const recovered = p.recover(11 satisfies typeof T.CParen);
      if (p.kindAt(recovered) === (11 satisfies typeof T.CParen)) closeTok = recovered;
      break;
    }
    const sep = p.read();
    const sepKind = p.effectiveKind(sep);
    if (sepKind === (11 satisfies typeof T.CParen)) {
      closeTok = sep;
      break;
    }
    if (sepKind === (34 satisfies typeof T.Ellipsis)) {
      expandFinal = true;
      if (p.peekKind() !== (11 satisfies typeof T.CParen)) {
        if (!p.recovery) {
          p.error(
            'missing-closing-parenthesis',
            'Missing closing parenthesis',
            'An expanded function argument (with ...) must be immediately followed by closing parentheses.',
            p.startAt(sep),
            p.endAt(sep),
          );
        }
        closeTok = p.recover(11 satisfies typeof T.CParen);
      } else closeTok = p.read();
      break;
    }
    if (sepKind !== (32 satisfies typeof T.Comma)) {
      if (sepKind === (52 satisfies typeof T.Eof)) {
        p.error(
          'unterminated-function-call',
          'Unterminated function call',
          'There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.',
          start,
          p.endAt(openTok),
        );
      } else {
        p.error(
          'missing-argument-separator',
          'Missing argument separator',
          'A comma is required to separate each function argument from the next.',
          p.startAt(sep),
          p.endAt(sep),
        );
      }
      closeTok = p.recover(11 satisfies typeof T.CParen);
      break;
    }
    if (p.peekKind() === (11 satisfies typeof T.CParen)) {
      closeTok = p.read();
      break;
    }
  }
  p.popNewlines();
  const end = closeTok >= 0 ? p.endAt(closeTok) : p.endAt(p.prev);
  const args = p.takeChildren<HclExpression>(argsMark);
  return new FunctionCallNode(start, end, name, nameEnd, args, expandFinal);
}
