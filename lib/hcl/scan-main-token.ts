import { T } from './token-kind.ts';
import type { LexerState } from './lexer-state.ts';
import { MODE_HEREDOC, MODE_MAIN, MODE_STRING } from './lexer-state.ts';
import { isIdentStart } from './is-ident-char.ts';
import {
  scanHeredocIntro,
  scanIdentRest,
  scanLineComment,
  scanNumber,
  scanOperator,
} from './scan-characters.ts';

/**
 * Scans one token of HCL's main mode (scan_tokens.rl `main`) at offset `p`, emitting it on
 * `lx`, and returns the offset after it. Never throws: unknown characters become T.Invalid.
 */
export function scanMainToken(lx: LexerState, p: number): number {
  const text = lx.text;
  const length = lx.length;
  const c = text.charCodeAt(p);
  const start = p;
  switch (c) {
    case 32:
    case 9: {
      p++;
      while (p < length) {
        const d = text.charCodeAt(p);
        if (d !== 32 && d !== 9) break;
        p++;
      }
      lx.emit(T.Spaces, start, p);
      return p;
    }
    case 10:
      p++;
      lx.lineStarts.push(p);
      lx.emit(T.Newline, start, p);
      return p;
    case 13:
      if (text.charCodeAt(p + 1) === 10) {
        p += 2;
        lx.lineStarts.push(p);
        lx.emit(T.Newline, start, p);
      } else {
        p++;
        lx.emit(T.Invalid, start, p);
      }
      return p;
    case 35: // #
      p = scanLineComment(text, p + 1, lx.lineStarts);
      lx.emit(T.Comment, start, p);
      return p;
    case 47: {
      // /
      const d = text.charCodeAt(p + 1);
      if (d === 47) {
        p = scanLineComment(text, p + 2, lx.lineStarts);
        lx.emit(T.Comment, start, p);
        return p;
      }
      if (d === 42) {
        const close = text.indexOf('*/', p + 2);
        if (close >= 0) {
          for (let i = p + 2; i < close; i++)
            if (text.charCodeAt(i) === 10) lx.lineStarts.push(i + 1);
          p = close + 2;
          lx.emit(T.Comment, start, p);
          return p;
        }
      }
      p++;
      lx.emit(T.Slash, start, p);
      return p;
    }
    case 34: // "
      p++;
      lx.emit(T.OQuote, start, p);
      lx.modes.push(MODE_STRING);
      lx.mode = MODE_STRING;
      return p;
    case 123: // {
      p++;
      lx.braces++;
      lx.emit(T.OBrace, start, p);
      return p;
    case 125: // }
      p++;
      if (lx.retBraces.length > 0 && lx.retBraces[lx.retBraces.length - 1] === lx.braces) {
        lx.emit(T.TemplateSeqEnd, start, p);
        lx.braces--;
        lx.retBraces.pop();
        lx.modes.pop();
        lx.mode = lx.modes.length > 0 ? (lx.modes[lx.modes.length - 1] as number) : MODE_MAIN;
      } else {
        lx.emit(T.CBrace, start, p);
        lx.braces--;
      }
      return p;
    case 126: // ~
      if (text.charCodeAt(p + 1) === 125) {
        p += 2;
        lx.emit(T.TemplateSeqEnd, start, p);
        if (lx.retBraces.length > 0 && lx.retBraces[lx.retBraces.length - 1] === lx.braces) {
          lx.braces--;
          lx.retBraces.pop();
          lx.modes.pop();
          lx.mode = lx.modes.length > 0 ? (lx.modes[lx.modes.length - 1] as number) : MODE_MAIN;
        } else {
          lx.braces--;
        }
      } else {
        p++;
        lx.emit(T.BitNot, start, p);
      }
      return p;
    case 60: {
      // <
      if (text.charCodeAt(p + 1) === 60) {
        const heredocEnd = scanHeredocIntro(text, p);
        if (heredocEnd > 0) {
          const flush = text.charCodeAt(p + 2) === 45 ? 1 : 0;
          let markerEnd = heredocEnd - 1;
          if (text.charCodeAt(markerEnd - 1) === 13) markerEnd--;
          lx.heredocs.push({ marker: text.slice(p + 2 + flush, markerEnd), startOfLine: true });
          p = heredocEnd;
          lx.lineStarts.push(p);
          lx.emit(T.OHeredoc, start, p);
          lx.modes.push(MODE_HEREDOC);
          lx.mode = MODE_HEREDOC;
          return p;
        }
      }
      if (text.charCodeAt(p + 1) === 61) {
        p += 2;
        lx.emit(T.Le, start, p);
      } else {
        p++;
        lx.emit(T.Lt, start, p);
      }
      return p;
    }
    default:
      break;
  }
  if (c >= 48 && c <= 57) {
    p = scanNumber(text, p);
    lx.emit(T.Number, start, p);
    return p;
  }
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
    p++;
    p = scanIdentRest(text, p);
    lx.emit(T.Ident, start, p);
    return p;
  }
  if (c >= 128) {
    const cp = text.codePointAt(p) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (isIdentStart(cp)) {
      p = scanIdentRest(text, p + width);
      lx.emit(T.Ident, start, p);
    } else {
      p += width;
      lx.emit(T.Invalid, start, p);
    }
    return p;
  }
  p = scanOperator(text, p, lx);
  return p;
}
