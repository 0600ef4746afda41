import { isIdentContinue, isIdentStart } from './is-ident-char.ts';

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
