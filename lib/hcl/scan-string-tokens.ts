import { T } from './token-kind.ts';
import type { LexerState } from './lexer-state.ts';
import { MODE_MAIN, MODE_STRING } from './lexer-state.ts';

/**
 * Scans tokens inside a quoted template (scan_tokens.rl `stringTemplate`) from `p` until the
 * closing quote or a `${`/`%{` leaves the mode, or the text ends; returns the offset reached.
 * Never throws.
 */
export function scanStringTokens(lx: LexerState, p: number): number {
  const text = lx.text;
  const length = lx.length;
  const kinds = lx.kinds;
  const starts = lx.starts;
  const lineStarts = lx.lineStarts;
  let count = lx.count;
  while (p < length && lx.mode === MODE_STRING) {
    const start = p;
    const c = text.charCodeAt(p);
    let kind: number = 41 satisfies typeof T.QuotedLit;
    if (c === 34) {
      p++;
      kind = 13 satisfies typeof T.CQuote;
      lx.leave();
    } else if ((c === 36 || c === 37) && text.charCodeAt(p + 1) === 123) {
      p += 2;
      if (text.charCodeAt(p) === 126) p++;
      kind =
        c === 36 ? (38 satisfies typeof T.TemplateInterp) : (39 satisfies typeof T.TemplateControl);
      lx.braces++;
      lx.retBraces.push(lx.braces);
      lx.enter(MODE_MAIN);
    } else if (c === 10 || c === 13) {
      p++;
      if (c === 10) lineStarts.push(p);
      while (p < length) {
        const d = text.charCodeAt(p);
        if (d !== 10 && d !== 13) break;
        p++;
        if (d === 10) lineStarts.push(p);
      }
      kind = 51 satisfies typeof T.QuotedNewline;
    } else if (c === 36 || c === 37) {
      // `$` or `%` not starting a sequence: alone, or an escape `$${` / `%%{` (with optional `~`).
      if (text.charCodeAt(p + 1) === c && text.charCodeAt(p + 2) === 123) {
        p += 3;
        if (text.charCodeAt(p) === 126) p++;
      } else {
        if (p + 1 >= length) kind = 50 satisfies typeof T.Invalid;
        p++;
      }
    } else if (
      c === 92 &&
      (p + 1 >= length || text.charCodeAt(p + 1) === 10 || text.charCodeAt(p + 1) === 13)
    ) {
      p++;
      kind = 50 satisfies typeof T.Invalid;
    } else {
      // A run of ordinary characters and backslash escapes.
      while (p < length) {
        const d = text.charCodeAt(p);
        if (d === 92) {
          const e = text.charCodeAt(p + 1);
          if (p + 1 >= length || e === 10 || e === 13) break;
          p += 2;
          continue;
        }
        if (d === 34 || d === 36 || d === 37 || d === 10 || d === 13) break;
        p++;
      }
    }
    kinds[count] = kind;
    starts[count++] = start;
    if (kind >= (43 satisfies typeof T.BitAnd)) lx.hasInvalid = true;
  }
  lx.count = count;
  return p;
}
