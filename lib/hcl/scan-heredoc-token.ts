import { T } from './token-kind.ts';
import type { LexerState } from './lexer-state.ts';
import { MODE_MAIN, type Heredoc } from './lexer-state.ts';

/**
 * Scans one token inside a heredoc template (scan_tokens.rl `heredocTemplate`) at `p`,
 * recognising the closing marker line; returns the offset after it. Never throws.
 */
export function scanHeredocToken(lx: LexerState, p: number): number {
  const text = lx.text;
  const length = lx.length;
  const c = text.charCodeAt(p);
  const start = p;
  const doc = lx.heredocs[lx.heredocs.length - 1] as Heredoc;
  if ((c === 36 || c === 37) && text.charCodeAt(p + 1) === 123) {
    p += 2;
    if (text.charCodeAt(p) === 126) p++;
    lx.emit(c === 36 ? T.TemplateInterp : T.TemplateControl, start, p);
    lx.braces++;
    lx.retBraces.push(lx.braces);
    doc.startOfLine = false;
    lx.modes.push(MODE_MAIN);
    lx.mode = MODE_MAIN;
    return p;
  }
  if (c === 36 || c === 37) {
    if (p + 1 >= length) {
      // HCL's scanner needs one more character after `$`/`%`; at end of input it is invalid.
      p++;
      lx.emit(T.Invalid, start, p);
      return p;
    }
    if (text.charCodeAt(p + 1) === c && text.charCodeAt(p + 2) === 123) {
      p += 3;
      if (text.charCodeAt(p) === 126) p++;
    } else {
      p++;
    }
    doc.startOfLine = false;
    lx.emit(T.StringLit, start, p);
    return p;
  }
  while (p < length) {
    const d = text.charCodeAt(p);
    if (d === 36 || d === 37 || d === 10 || d === 13) break;
    p++;
  }
  let eol = 0;
  if (text.charCodeAt(p) === 10) eol = 1;
  else if (text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10) eol = 2;
  else if (text.charCodeAt(p) === 13) {
    // A lone CR is not a line end for HCL; keep it inside the literal.
    p++;
    lx.emit(T.StringLit, start, p);
    doc.startOfLine = false;
    return p;
  }
  if (eol === 0) {
    if (p > start) {
      doc.startOfLine = false;
      lx.emit(T.StringLit, start, p);
    }
    return p;
  }
  if (doc.startOfLine && text.slice(start, p).trim() === doc.marker) {
    lx.emit(T.CHeredoc, start, p);
    lx.emit(T.Newline, p, p + eol);
    p += eol;
    lx.lineStarts.push(p);
    lx.heredocs.pop();
    lx.modes.pop();
    lx.mode = lx.modes.length > 0 ? (lx.modes[lx.modes.length - 1] as number) : MODE_MAIN;
    return p;
  }
  p += eol;
  lx.lineStarts.push(p);
  doc.startOfLine = true;
  lx.emit(T.StringLit, start, p);

  return p;
}
