import type { ParserState } from './parser-state.ts';
import { T } from './token-kind.ts';
import { parseExpression } from './parse-expression.ts';
import { suggest, type Piece } from './build-template-parts.ts';

/**
 * Parses a template directive after its `%{` token `next` (hclsyntax templateParser's control
 * sequences: `if`, `else`, `endif`, `for`, `endfor`) and appends its piece to `pieces`; reports
 * a missing or unknown keyword, a malformed `for` or extra characters and recovers to the
 * closing `}`. Returns whether that brace strips the whitespace after it (`~}`). Called with
 * the newline mode pushed by the caller, which it pops. Never throws.
 */
export function parseTemplateDirective(p: ParserState, next: number, pieces: Piece[]): boolean {
  const kw = p.peek();
  if (p.peekKind() !== (4 satisfies typeof T.Ident)) {
    if (!p.recovery) {
      p.error(
        'invalid-template-directive',
        'Invalid template directive',
        'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.',
        p.startAt(kw),
        p.endAt(kw),
      );
    }
    p.recover(40 satisfies typeof T.TemplateSeqEnd);
    p.popNewlines();
    return false;
  }
  p.read();
  const word = p.textAt(kw);
  const seqStart = p.startAt(next);
  if (word === 'if') {
    const condition = parseExpression(p);
    pieces.push({ t: 'if', condition, start: seqStart, end: p.endAt(p.peek()) });
  } else if (word === 'else' || word === 'endif' || word === 'endfor') {
    pieces.push({ t: word, start: seqStart, end: p.endAt(p.peek()) });
  } else if (word === 'for') {
    const failFor = (detail: string): void => {
      if (!p.recovery) {
        const t = p.peek();
        p.error(
          'invalid-for-directive',
          "Invalid 'for' directive",
          detail,
          p.startAt(t),
          p.endAt(t),
        );
      }
      p.recover(40 satisfies typeof T.TemplateSeqEnd);
      p.popNewlines();
    };
    if (p.peekKind() !== (4 satisfies typeof T.Ident)) {
      failFor("For directive requires variable name after 'for'.");
      return false;
    }
    let valueVar = p.textAt(p.read());
    let keyVar: string | null = null;
    if (p.peekKind() === (32 satisfies typeof T.Comma)) {
      keyVar = valueVar;
      p.read();
      if (p.peekKind() !== (4 satisfies typeof T.Ident)) {
        failFor('For directive requires value variable name after comma.');
        return false;
      }
      valueVar = p.textAt(p.read());
    }
    if (!p.isKeyword(p.peek(), 'in')) {
      failFor("For directive requires 'in' keyword after names.");
      return false;
    }
    p.read();
    const collection = parseExpression(p);
    pieces.push({
      t: 'for',
      keyVar,
      valueVar,
      collection,
      start: seqStart,
      end: p.endAt(p.peek()),
    });
  } else {
    if (!p.recovery) {
      const suggestion = suggest(word);
      p.error(
        'invalid-template-keyword',
        'Invalid template control keyword',
        `"${word}" is not a valid template control keyword.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        p.startAt(kw),
        p.endAt(kw),
      );
    }
    p.recover(40 satisfies typeof T.TemplateSeqEnd);
    p.popNewlines();
    return false;
  }
  const close = p.peek();
  if (p.peekKind() !== (40 satisfies typeof T.TemplateSeqEnd)) {
    if (!p.recovery) {
      p.error(
        'extra-characters',
        `Extra characters in ${word} marker`,
        'Expected a closing brace to end the sequence, but found extra characters.',
        p.startAt(close),
        p.endAt(close),
      );
    }
    p.recover(40 satisfies typeof T.TemplateSeqEnd);
    p.popNewlines();
    return false;
  }
  p.read();
  p.popNewlines();
  return p.endAt(close) - p.startAt(close) === 2;
}
