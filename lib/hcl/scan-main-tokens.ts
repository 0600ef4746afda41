import { T } from './token-kind.ts';
import type { LexerState } from './lexer-state.ts';
import { MODE_HEREDOC, MODE_STRING } from './lexer-state.ts';
import { isIdentStart } from './is-ident-char.ts';
import { scanHeredocIntro, scanIdentRest, scanLineComment, scanNumber } from './scan-characters.ts';

// The kind of each one-character token by character code (0 where the character needs more
// than a table look-up), and the two-character operators: for a first character, the second
// one that makes the pair and the pair's kind. One look-up instead of a switch case per
// punctuation mark keeps this loop small: V8 compiles it sooner and cheaper, and a mark first
// seen late in a parse does not throw the compiled loop away (a case never run before has no
// type feedback, and optimised code meeting it falls back to the interpreter).
const NOT_SIMPLE = 0;
const SIMPLE_KIND = new Uint8Array(128);
const PAIR_SECOND = new Int16Array(128).fill(-2); // never a character, nor -1 (the end)
const PAIR_KIND = new Uint8Array(128);
for (const [mark, kind] of [
  ['[', T.OBrack],
  [']', T.CBrack],
  ['(', T.OParen],
  [')', T.CParen],
  [',', T.Comma],
  ['*', T.Star],
  ['%', T.Percent],
  ['+', T.Plus],
  ['-', T.Minus],
  ['=', T.Equal],
  ['>', T.Gt],
  ['!', T.Bang],
  ['?', T.Question],
  [':', T.Colon],
  ['&', T.BitAnd],
  ['|', T.BitOr],
  ['^', T.BitXor],
  [';', T.Semicolon],
  ['`', T.Backtick],
  ["'", T.Apostrophe],
] as const)
  SIMPLE_KIND[mark.charCodeAt(0)] = kind;
for (const [pair, kind] of [
  ['==', T.EqualOp],
  ['>=', T.Ge],
  ['!=', T.NotEqual],
  ['::', T.DoubleColon],
  ['&&', T.And],
  ['||', T.Or],
] as const) {
  PAIR_SECOND[pair.charCodeAt(0)] = pair.charCodeAt(1);
  PAIR_KIND[pair.charCodeAt(0)] = kind;
}

/**
 * Scans tokens of HCL's main mode (scan_tokens.rl `main`) from offset `p` until the mode
 * changes (a quote, a heredoc opener, or the `}` closing an interpolation) or the text ends;
 * returns the offset reached. Never throws: unknown characters become T.Invalid.
 */
export function scanMainTokens(lx: LexerState, p: number): number {
  const text = lx.text;
  const length = lx.length;
  const kinds = lx.kinds;
  const starts = lx.starts;
  const lineStarts = lx.lineStarts;
  const mode = lx.mode;
  let count = lx.count;
  // Token kinds are written as numbers checked against T by the compiler (`satisfies`): a
  // property read of T per token is a measurable part of a cold parse, run in the interpreter.
  while (p < length && lx.mode === mode) {
    const start = p;
    const c = text.charCodeAt(p);
    // Reading past the end would return NaN and, in optimised code, deoptimise.
    const d = p + 1 < length ? text.charCodeAt(p + 1) : -1;
    let kind: number;
    switch (c) {
      case 32:
      case 9:
        p++;
        while (p < length) {
          const e = text.charCodeAt(p);
          if (e !== 32 && e !== 9) break;
          p++;
        }
        kind = 0 satisfies typeof T.Spaces;
        break;
      case 10:
        p++;
        lineStarts.push(p);
        kind = 3 satisfies typeof T.Newline;
        break;
      case 13:
        p++;
        kind = 50 satisfies typeof T.Invalid;
        if (d === 10) {
          p++;
          lineStarts.push(p);
          kind = 3 satisfies typeof T.Newline;
        }
        break;
      case 35: // #
        p = scanLineComment(text, p + 1, lineStarts);
        kind = 2 satisfies typeof T.Comment;
        break;
      case 47: // /
        p++;
        kind = 17 satisfies typeof T.Slash;
        if (d === 47) {
          p = scanLineComment(text, p + 1, lineStarts);
          kind = 2 satisfies typeof T.Comment;
        } else if (d === 42) {
          const close = text.indexOf('*/', start + 2);
          if (close >= 0) {
            for (let i = start + 2; i < close; i++)
              if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
            p = close + 2;
            kind = 2 satisfies typeof T.Comment;
          }
        }
        break;
      case 34: // "
        p++;
        kind = 12 satisfies typeof T.OQuote;
        lx.enter(MODE_STRING);
        break;
      case 123: // {
        p++;
        lx.braces++;
        kind = 6 satisfies typeof T.OBrace;
        break;
      case 125: // }
        p++;
        kind = 7 satisfies typeof T.CBrace;
        if (lx.retBraces.length > 0 && lx.retBraces[lx.retBraces.length - 1] === lx.braces) {
          kind = 40 satisfies typeof T.TemplateSeqEnd;
          lx.retBraces.pop();
          lx.leave();
        }
        lx.braces--;
        break;
      case 126: // ~
        p++;
        kind = 45 satisfies typeof T.BitNot;
        if (d === 125) {
          p++;
          kind = 40 satisfies typeof T.TemplateSeqEnd;
          if (lx.retBraces.length > 0 && lx.retBraces[lx.retBraces.length - 1] === lx.braces) {
            lx.retBraces.pop();
            lx.leave();
          }
          lx.braces--;
        }
        break;
      case 60: // <
        p = scanLessThan(lx, p, d);
        kind = lx.scanned;
        if (kind === (14 satisfies typeof T.OHeredoc)) lineStarts.push(p);
        break;
      case 46: // .
        p++;
        kind = 31 satisfies typeof T.Dot;
        if (d === 46 && p + 1 < length && text.charCodeAt(p + 1) === 46) {
          p += 2;
          kind = 34 satisfies typeof T.Ellipsis;
        }
        break;
      default:
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
          p = scanIdentRest(text, p + 1);
          kind = 4 satisfies typeof T.Ident;
        } else if (c >= 48 && c <= 57) {
          p = scanNumber(text, p);
          kind = 5 satisfies typeof T.Number;
        } else if (c < 128 && SIMPLE_KIND[c] !== NOT_SIMPLE) {
          p++;
          kind = SIMPLE_KIND[c] as number;
          if (PAIR_SECOND[c] === d) {
            p++;
            kind = PAIR_KIND[c] as number;
          } else if (c === 61 && d === 62) {
            p++;
            kind = 35 satisfies typeof T.FatArrow;
          }
        } else {
          p = scanOther(lx, p);
          kind = lx.scanned;
        }
    }
    kinds[count] = kind;
    starts[count++] = start;
    if (kind >= (43 satisfies typeof T.BitAnd)) lx.hasInvalid = true;
  }
  lx.count = count;
  return p;
}

/**
 * `<` at `p` (`d` the next character): a heredoc opener `<<EOT`/`<<-EOT` (entering heredoc
 * mode), `<=` or `<`. Sets `lx.scanned` to the kind and returns the offset after the token.
 */
function scanLessThan(lx: LexerState, p: number, d: number): number {
  const text = lx.text;
  const heredocEnd = d === 60 ? scanHeredocIntro(text, p) : 0;
  if (heredocEnd > 0) {
    const flush = text.charCodeAt(p + 2) === 45 ? 1 : 0;
    let markerEnd = heredocEnd - 1;
    if (text.charCodeAt(markerEnd - 1) === 13) markerEnd--;
    lx.heredocs.push({ marker: text.slice(p + 2 + flush, markerEnd), startOfLine: true });
    lx.scanned = T.OHeredoc;
    lx.enter(MODE_HEREDOC);
    return heredocEnd;
  }
  if (d === 61) {
    lx.scanned = T.Le;
    return p + 2;
  }
  lx.scanned = T.Lt;
  return p + 1;
}

/**
 * A token starting with any other character at `p`: a Unicode identifier or one invalid
 * character. Sets `lx.scanned` to the kind and returns the offset after the token.
 */
function scanOther(lx: LexerState, p: number): number {
  const text = lx.text;
  const c = text.charCodeAt(p);
  if (c >= 128) {
    const cp = text.codePointAt(p) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (isIdentStart(cp)) {
      lx.scanned = T.Ident;
      return scanIdentRest(text, p + width);
    }
    lx.scanned = T.Invalid;
    return p + width;
  }
  lx.scanned = T.Invalid;
  return p + 1;
}
