import type { ParserState } from './parser-state.ts';
import {
  TemplateForNode,
  TemplateIfNode,
  TemplateInterpolationNode,
  TemplateLiteralNode,
  nodeList,
} from './cst-nodes.ts';
import type { HclExpression, HclTemplatePart } from './types.ts';

/** A template piece before nesting: literal, interpolation, or one directive marker. */
export type Piece =
  | { t: 'lit'; value: string; start: number; end: number }
  | { t: 'interp'; expression: HclExpression; start: number; end: number }
  | { t: 'if'; condition: HclExpression; start: number; end: number }
  | {
      t: 'for';
      keyVar: string | null;
      valueVar: string;
      collection: HclExpression;
      start: number;
      end: number;
    }
  | { t: 'else' | 'endif' | 'endfor'; start: number; end: number }
  | { t: 'end'; start: number; end: number };

const IS_SPACE = /\s/u;

/**
 * Builds one template part from the pieces at `cursor` (hclsyntax templateParser), nesting
 * `%{if}`/`%{for}` bodies and reporting unbalanced directives. Never throws.
 */
export function parsePart(p: ParserState, pieces: Piece[], cursor: { i: number }): HclTemplatePart {
  const piece = pieces[cursor.i] as Piece;
  switch (piece.t) {
    case 'lit':
      cursor.i++;
      return new TemplateLiteralNode(
        piece.start,
        piece.end,
        p.isAscii ? piece.value : toNfc(piece.value),
      );
    case 'interp':
      cursor.i++;
      return new TemplateInterpolationNode(piece.start, piece.end, piece.expression);
    case 'if':
    case 'for': {
      cursor.i++;
      const thenParts: HclTemplatePart[] = nodeList();
      const elseParts: HclTemplatePart[] = nodeList();
      let current = thenParts;
      for (;;) {
        const next = pieces[cursor.i] as Piece;
        if (next.t === 'end') {
          p.error(
            'unexpected-end-of-template',
            'Unexpected end of template',
            `The ${piece.t} directive is missing its corresponding end${piece.t} directive.`,
            next.start,
            next.end,
          );
          return new TemplateLiteralNode(next.start, next.end, '');
        }
        if (next.t === 'else' || next.t === 'endif' || next.t === 'endfor') {
          cursor.i++;
          if (piece.t === 'if' && next.t === 'else' && current === thenParts) {
            current = elseParts;
            continue;
          }
          if (
            (piece.t === 'if' && next.t === 'endif') ||
            (piece.t === 'for' && next.t === 'endfor')
          ) {
            if (piece.t === 'if') {
              return new TemplateIfNode(
                piece.start,
                next.end,
                piece.condition,
                thenParts,
                elseParts,
              );
            }
            return new TemplateForNode(
              piece.start,
              next.end,
              piece.keyVar,
              piece.valueVar,
              piece.collection,
              thenParts,
            );
          }
          p.error(
            'unexpected-directive',
            `Unexpected ${next.t} directive`,
            'The control directives within this template are unbalanced.',
            next.start,
            next.end,
          );
          return new TemplateLiteralNode(next.start, next.end, '');
        }
        current.push(parsePart(p, pieces, cursor));
      }
    }
    case 'end':
      return new TemplateLiteralNode(piece.start, piece.end, '');
    default:
      cursor.i++;
      p.error(
        'unexpected-directive',
        `Unexpected ${piece.t} directive`,
        'The control directives within this template are unbalanced.',
        piece.start,
        piece.end,
      );
      return new TemplateLiteralNode(piece.start, piece.end, '');
  }
}

/** The indentation a blank line counts as: none that would lower the minimum. */
const BLANK_LINE = Number.MAX_SAFE_INTEGER;

/** Removes the common leading indentation of `<<-` heredoc lines (hclsyntax flushHeredocTemplateParts). */
export function flushHeredoc(pieces: Piece[]): void {
  let minSpaces = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust: Extract<Piece, { t: 'lit' }>[] = [];
  for (const piece of pieces) {
    const endsLine = piece.t === 'lit' && piece.value.endsWith('\n');
    if (newline) {
      newline = false;
      let spaces = 0;
      if (piece.t === 'lit') {
        const trimmed = trimLeftSpace(piece.value);
        // A blank line does not count (and this branch has no operation of its own that V8
        // would need type feedback for: blank lines are rare, see type-feedback-sample.ts).
        if (trimmed.length === 0 && endsLine) spaces = BLANK_LINE;
        else {
          spaces = countChars(piece.value, piece.value.length - trimmed.length);
          adjust.push(piece);
        }
      } else if (piece.t === 'end') break;
      if (spaces < minSpaces) minSpaces = spaces;
    }
    if (endsLine) newline = true;
  }
  for (const lit of adjust) {
    const removed = unitsForChars(lit.value, minSpaces);
    lit.value = lit.value.slice(removed);
    lit.start += removed;
  }
}

/** Number of code points in the first `units` UTF-16 units of `s`. */
function countChars(s: string, units: number): number {
  let n = 0;
  for (let i = 0; i < units; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** UTF-16 length of the first `chars` code points of `s`. */
function unitsForChars(s: string, chars: number): number {
  let i = 0;
  let n = 0;
  while (i < s.length && n < chars) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    n++;
  }
  return i;
}

/** Merges adjacent literal pieces (hclsyntax meldConsecutiveStringLiterals). */
export function meld(pieces: Piece[]): void {
  let i = 1;
  while (i < pieces.length) {
    const prev = pieces[i - 1] as Piece;
    const cur = pieces[i] as Piece;
    if (prev.t === 'lit' && cur.t === 'lit') {
      prev.value += cur.value;
      prev.end = cur.end;
      pieces.splice(i, 1);
      continue;
    }
    i++;
  }
}

/** Trims leading Unicode whitespace (Go strings.TrimLeftFunc(unicode.IsSpace)). */
export function trimLeftSpace(s: string): string {
  let i = 0;
  while (i < s.length && IS_SPACE.test(s[i] as string)) i++;
  return s.slice(i);
}

/** Trims trailing Unicode whitespace. */
export function trimRightSpace(s: string): string {
  let i = s.length;
  while (i > 0 && IS_SPACE.test(s[i - 1] as string)) i--;
  return s.slice(0, i);
}

/** The directive keyword closest to a misspelt one, or ''. */
export function suggest(given: string): string {
  for (const word of ['if', 'for', 'else', 'endif', 'endfor']) {
    if (levenshtein(given, word) < 3) return word;
  }
  return '';
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** Whether `text` is all ASCII (then it is already NFC). */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** cty normalises every string value to Unicode NFC, so literal template parts are normalised too. */
export function toNfc(value: string): string {
  return isAscii(value) ? value : value.normalize('NFC');
}
