import { T } from './token-kind.ts';
import type { LexerState } from './lexer-state.ts';
import { MODE_HEREDOC, MODE_MAIN, type Heredoc } from './lexer-state.ts';

/**
 * Scans tokens inside a heredoc template (scan_tokens.rl `heredocTemplate`) from `p`,
 * recognising the closing marker line, until a `${`/`%{` or the marker leaves the mode or the
 * text ends; returns the offset reached. Never throws.
 */
export function scanHeredocTokens(lx: LexerState, p: number): number {
  const text = lx.text;
  const length = lx.length;
  const kinds = lx.kinds;
  const starts = lx.starts;
  const lineStarts = lx.lineStarts;
  const doc = lx.heredocs[lx.heredocs.length - 1] as Heredoc;
  let count = lx.count;
  while (p < length && lx.mode === MODE_HEREDOC) {
    const start = p;
    const c = text.charCodeAt(p);
    let kind: number = 42 satisfies typeof T.StringLit;
    if ((c === 36 || c === 37) && text.charCodeAt(p + 1) === 123) {
      p += 2;
      if (text.charCodeAt(p) === 126) p++;
      kind =
        c === 36 ? (38 satisfies typeof T.TemplateInterp) : (39 satisfies typeof T.TemplateControl);
      lx.braces++;
      lx.retBraces.push(lx.braces);
      doc.startOfLine = false;
      lx.enter(MODE_MAIN);
    } else if (c === 36 || c === 37) {
      if (p + 1 >= length) {
        // HCL's scanner needs one more character after `$`/`%`; at end of input it is invalid.
        p++;
        kind = 50 satisfies typeof T.Invalid;
        lx.hasInvalid = true;
      } else {
        if (text.charCodeAt(p + 1) === c && text.charCodeAt(p + 2) === 123) {
          p += 3;
          if (text.charCodeAt(p) === 126) p++;
        } else p++;
        doc.startOfLine = false;
      }
    } else {
      while (p < length) {
        const d = text.charCodeAt(p);
        if (d === 36 || d === 37 || d === 10 || d === 13) break;
        p++;
      }
      const e = text.charCodeAt(p);
      const eol = e === 10 ? 1 : e === 13 && text.charCodeAt(p + 1) === 10 ? 2 : 0;
      if (eol === 0) {
        // Text up to a `$`/`%` or the end. A lone CR is not a line end for HCL: it stays
        // inside the literal. (The token is never empty: `$`/`%` were handled above.)
        if (e === 13) p++;
        doc.startOfLine = false;
      } else if (doc.startOfLine && text.slice(start, p).trim() === doc.marker) {
        kinds[count] = 15 satisfies typeof T.CHeredoc;
        starts[count++] = start;
        kinds[count] = 3 satisfies typeof T.Newline;
        starts[count++] = p;
        p += eol;
        lineStarts.push(p);
        lx.heredocs.pop();
        lx.leave();
        break;
      } else {
        p += eol;
        lineStarts.push(p);
        doc.startOfLine = true;
      }
    }
    kinds[count] = kind;
    starts[count++] = start;
  }
  lx.count = count;
  return p;
}
