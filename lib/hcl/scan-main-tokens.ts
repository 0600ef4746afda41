import { T } from './token-kind.ts';
import type { LexerState } from './lexer-state.ts';
import { MODE_HEREDOC, MODE_STRING } from './lexer-state.ts';
import { isIdentStart } from './is-ident-char.ts';
import { scanHeredocIntro, scanIdentRest, scanLineComment, scanNumber } from './scan-characters.ts';

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
  while (p < length && lx.mode === mode) {
    const start = p;
    const c = text.charCodeAt(p);
    const d = text.charCodeAt(p + 1);
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
        kind = T.Spaces;
        break;
      case 10:
        p++;
        lineStarts.push(p);
        kind = T.Newline;
        break;
      case 13:
        if (d === 10) {
          p += 2;
          lineStarts.push(p);
          kind = T.Newline;
        } else {
          p++;
          kind = T.Invalid;
        }
        break;
      case 35: // #
        p = scanLineComment(text, p + 1, lineStarts);
        kind = T.Comment;
        break;
      case 47: // /
        kind = T.Slash;
        p++;
        if (d === 47) {
          p = scanLineComment(text, p + 1, lineStarts);
          kind = T.Comment;
        } else if (d === 42) {
          const close = text.indexOf('*/', start + 2);
          if (close >= 0) {
            for (let i = start + 2; i < close; i++)
              if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
            p = close + 2;
            kind = T.Comment;
          }
        }
        break;
      case 34: // "
        p++;
        kind = T.OQuote;
        lx.enter(MODE_STRING);
        break;
      case 123: // {
        p++;
        lx.braces++;
        kind = T.OBrace;
        break;
      case 125: // }
        p++;
        if (lx.retBraces.length > 0 && lx.retBraces[lx.retBraces.length - 1] === lx.braces) {
          kind = T.TemplateSeqEnd;
          lx.retBraces.pop();
          lx.leave();
        } else kind = T.CBrace;
        lx.braces--;
        break;
      case 126: // ~
        if (d === 125) {
          p += 2;
          kind = T.TemplateSeqEnd;
          if (lx.retBraces.length > 0 && lx.retBraces[lx.retBraces.length - 1] === lx.braces) {
            lx.retBraces.pop();
            lx.leave();
          }
          lx.braces--;
        } else {
          p++;
          kind = T.BitNot;
        }
        break;
      case 60: {
        // <
        const heredocEnd = d === 60 ? scanHeredocIntro(text, p) : 0;
        if (heredocEnd > 0) {
          const flush = text.charCodeAt(p + 2) === 45 ? 1 : 0;
          let markerEnd = heredocEnd - 1;
          if (text.charCodeAt(markerEnd - 1) === 13) markerEnd--;
          lx.heredocs.push({ marker: text.slice(p + 2 + flush, markerEnd), startOfLine: true });
          p = heredocEnd;
          lineStarts.push(p);
          kind = T.OHeredoc;
          lx.enter(MODE_HEREDOC);
        } else if (d === 61) {
          p += 2;
          kind = T.Le;
        } else {
          p++;
          kind = T.Lt;
        }
        break;
      }
      case 91:
        p++;
        kind = T.OBrack;
        break;
      case 93:
        p++;
        kind = T.CBrack;
        break;
      case 40:
        p++;
        kind = T.OParen;
        break;
      case 41:
        p++;
        kind = T.CParen;
        break;
      case 46:
        if (d === 46 && text.charCodeAt(p + 2) === 46) {
          p += 3;
          kind = T.Ellipsis;
        } else {
          p++;
          kind = T.Dot;
        }
        break;
      case 44:
        p++;
        kind = T.Comma;
        break;
      case 42:
        p++;
        kind = T.Star;
        break;
      case 37:
        p++;
        kind = T.Percent;
        break;
      case 43:
        p++;
        kind = T.Plus;
        break;
      case 45:
        p++;
        kind = T.Minus;
        break;
      case 61:
        if (d === 61) {
          p += 2;
          kind = T.EqualOp;
        } else if (d === 62) {
          p += 2;
          kind = T.FatArrow;
        } else {
          p++;
          kind = T.Equal;
        }
        break;
      case 62:
        if (d === 61) {
          p += 2;
          kind = T.Ge;
        } else {
          p++;
          kind = T.Gt;
        }
        break;
      case 33:
        if (d === 61) {
          p += 2;
          kind = T.NotEqual;
        } else {
          p++;
          kind = T.Bang;
        }
        break;
      case 63:
        p++;
        kind = T.Question;
        break;
      case 58:
        if (d === 58) {
          p += 2;
          kind = T.DoubleColon;
        } else {
          p++;
          kind = T.Colon;
        }
        break;
      case 38:
        if (d === 38) {
          p += 2;
          kind = T.And;
        } else {
          p++;
          kind = T.BitAnd;
        }
        break;
      case 124:
        if (d === 124) {
          p += 2;
          kind = T.Or;
        } else {
          p++;
          kind = T.BitOr;
        }
        break;
      case 94:
        p++;
        kind = T.BitXor;
        break;
      case 59:
        p++;
        kind = T.Semicolon;
        break;
      case 96:
        p++;
        kind = T.Backtick;
        break;
      case 39:
        p++;
        kind = T.Apostrophe;
        break;
      default:
        if (c >= 48 && c <= 57) {
          p = scanNumber(text, p);
          kind = T.Number;
        } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
          p = scanIdentRest(text, p + 1);
          kind = T.Ident;
        } else if (c >= 128) {
          const cp = text.codePointAt(p) as number;
          const width = cp > 0xffff ? 2 : 1;
          if (isIdentStart(cp)) {
            p = scanIdentRest(text, p + width);
            kind = T.Ident;
          } else {
            p += width;
            kind = T.Invalid;
          }
        } else {
          p++;
          kind = T.Invalid;
        }
    }
    kinds[count] = kind;
    starts[count++] = start;
    if (kind >= T.BitAnd) lx.hasInvalid = true;
  }
  lx.count = count;
  return p;
}
