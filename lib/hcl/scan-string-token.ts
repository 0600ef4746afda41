import { T } from './token-kind.ts';
import type { LexerState } from './lexer-state.ts';
import { MODE_MAIN } from './lexer-state.ts';

/**
 * Scans one token inside a quoted template (scan_tokens.rl `stringTemplate`) at `p`; returns
 * the offset after it. Never throws.
 */
export function scanStringToken(lx: LexerState, p: number): number {
  const text = lx.text;
  const length = lx.length;
  const c = text.charCodeAt(p);
  const start = p;
  if (c === 34) {
    p++;
    lx.emit(T.CQuote, start, p);
    lx.modes.pop();
    lx.mode = lx.modes.length > 0 ? (lx.modes[lx.modes.length - 1] as number) : MODE_MAIN;
    return p;
  }
  if ((c === 36 || c === 37) && text.charCodeAt(p + 1) === 123) {
    p += 2;
    if (text.charCodeAt(p) === 126) p++;
    lx.emit(c === 36 ? T.TemplateInterp : T.TemplateControl, start, p);
    lx.braces++;
    lx.retBraces.push(lx.braces);
    lx.modes.push(MODE_MAIN);
    lx.mode = MODE_MAIN;
    return p;
  }
  if (c === 10 || c === 13) {
    p++;
    if (c === 10) lx.lineStarts.push(p);
    while (p < length) {
      const d = text.charCodeAt(p);
      if (d !== 10 && d !== 13) break;
      p++;
      if (d === 10) lx.lineStarts.push(p);
    }
    lx.emit(T.QuotedNewline, start, p);
    return p;
  }
  if (c === 36 || c === 37) {
    // `$` or `%` not starting a sequence: alone, or an escape `$${` / `%%{` (with optional `~`).
    if (text.charCodeAt(p + 1) === c && text.charCodeAt(p + 2) === 123) {
      p += 3;
      if (text.charCodeAt(p) === 126) p++;
      lx.emit(T.QuotedLit, start, p);
      return p;
    }
    if (p + 1 >= length) {
      p++;
      lx.emit(T.Invalid, start, p);
      return p;
    }
    p++;
    lx.emit(T.QuotedLit, start, p);
    return p;
  }
  if (
    c === 92 &&
    (p + 1 >= length || text.charCodeAt(p + 1) === 10 || text.charCodeAt(p + 1) === 13)
  ) {
    p++;
    lx.emit(T.Invalid, start, p);
    return p;
  }
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
  lx.emit(T.QuotedLit, start, p);
  return p;
}
