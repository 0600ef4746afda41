import { T } from './token-kind.ts';
import { isIdentContinue, isIdentStart } from './is-ident-char.ts';
import type { LexerState } from './lexer-state.ts';

// Character-level scanners shared by the lexer modes; each returns the offset after what it read.

/** Skips a `#`/`//` comment body through its newline (recorded in `lineStarts`). */
export function scanLineComment(text: string, p: number, lineStarts: number[]): number {
  const nl = text.indexOf('\n', p);
  if (nl < 0) return text.length;
  lineStarts.push(nl + 1);
  return nl + 1;
}

/** Skips the rest of an identifier: ID_Continue characters and `-`. */
export function scanIdentRest(text: string, p: number): number {
  const length = text.length;
  while (p < length) {
    const d = text.charCodeAt(p);
    if (
      (d >= 97 && d <= 122) ||
      (d >= 65 && d <= 90) ||
      (d >= 48 && d <= 57) ||
      d === 95 ||
      d === 45
    ) {
      p++;
      continue;
    }
    if (d >= 128) {
      const cp = text.codePointAt(p) as number;
      if (isIdentContinue(cp)) {
        p += cp > 0xffff ? 2 : 1;
        continue;
      }
    }
    break;
  }
  return p;
}

/** NumberLit = digit (digit | '.' | [eE][+-]?digit)* not ending in '.' (scan_tokens.rl). */
export function scanNumber(text: string, p: number): number {
  const length = text.length;
  p++;
  let good = p;
  while (p < length) {
    const d = text.charCodeAt(p);
    if (d >= 48 && d <= 57) {
      p++;
      good = p;
    } else if (d === 46) {
      p++;
    } else if (d === 101 || d === 69) {
      let q = p + 1;
      const s = text.charCodeAt(q);
      if (s === 43 || s === 45) q++;
      const e = text.charCodeAt(q);
      if (e >= 48 && e <= 57) {
        p = q + 1;
        good = p;
      } else break;
    } else break;
  }
  return good;
}

/** Offset after `<<EOT` plus its newline starting at `p`, or 0 if this is not a heredoc opener. */
export function scanHeredocIntro(text: string, p: number): number {
  let q = p + 2;
  if (text.charCodeAt(q) === 45) q++;
  const c = text.codePointAt(q);
  if (c === undefined) return 0;
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 128 && isIdentStart(c))))
    return 0;
  q = scanIdentRest(text, q + (c > 0xffff ? 2 : 1));
  if (text.charCodeAt(q) === 10) return q + 1;
  if (text.charCodeAt(q) === 13 && text.charCodeAt(q + 1) === 10) return q + 2;
  return 0;
}

/** Scans one operator or punctuation token (or an invalid character) and emits it. */
export function scanOperator(text: string, p: number, lexer: LexerState): number {
  const c = text.charCodeAt(p);
  const d = text.charCodeAt(p + 1);
  let kind: number;
  let width = 1;
  switch (c) {
    case 91:
      kind = T.OBrack;
      break;
    case 93:
      kind = T.CBrack;
      break;
    case 40:
      kind = T.OParen;
      break;
    case 41:
      kind = T.CParen;
      break;
    case 46:
      if (d === 46 && text.charCodeAt(p + 2) === 46) {
        kind = T.Ellipsis;
        width = 3;
      } else kind = T.Dot;
      break;
    case 44:
      kind = T.Comma;
      break;
    case 42:
      kind = T.Star;
      break;
    case 37:
      kind = T.Percent;
      break;
    case 43:
      kind = T.Plus;
      break;
    case 45:
      kind = T.Minus;
      break;
    case 61:
      if (d === 61) {
        kind = T.EqualOp;
        width = 2;
      } else if (d === 62) {
        kind = T.FatArrow;
        width = 2;
      } else kind = T.Equal;
      break;
    case 62:
      if (d === 61) {
        kind = T.Ge;
        width = 2;
      } else kind = T.Gt;
      break;
    case 33:
      if (d === 61) {
        kind = T.NotEqual;
        width = 2;
      } else kind = T.Bang;
      break;
    case 63:
      kind = T.Question;
      break;
    case 58:
      if (d === 58) {
        kind = T.DoubleColon;
        width = 2;
      } else kind = T.Colon;
      break;
    case 38:
      if (d === 38) {
        kind = T.And;
        width = 2;
      } else kind = T.BitAnd;
      break;
    case 124:
      if (d === 124) {
        kind = T.Or;
        width = 2;
      } else kind = T.BitOr;
      break;
    case 94:
      kind = T.BitXor;
      break;
    case 59:
      kind = T.Semicolon;
      break;
    case 96:
      kind = T.Backtick;
      break;
    case 39:
      kind = T.Apostrophe;
      break;
    default: {
      const cp = text.codePointAt(p) as number;
      kind = T.Invalid;
      width = cp > 0xffff ? 2 : 1;
    }
  }
  lexer.emit(kind, p, p + width);
  return p + width;
}
