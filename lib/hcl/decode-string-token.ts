import type { ParserState } from './parser-state.ts';

/**
 * Decodes one literal token of a template (hclsyntax `ParseStringLiteralToken`): in quoted
 * strings the backslash escapes `\n \r \t \" \\ \uXXXX \UXXXXXXXX`; in both quoted strings and
 * heredocs `$${` → `${` and `%%{` → `%{`. Invalid escapes are reported on `p` and kept verbatim.
 */
export function decodeStringToken(p: ParserState, token: number, isQuoted: boolean): string {
  const text = p.text;
  const start = p.startAt(token);
  const end = p.endAt(token);
  // Fast path: nothing to decode.
  let simple = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c === 92 && isQuoted) || c === 36 || c === 37) {
      simple = false;
      break;
    }
  }
  if (simple) return text.slice(start, end);
  let out = '';
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (
      (c === 36 || c === 37) &&
      text.charCodeAt(i + 1) === c &&
      text.charCodeAt(i + 2) === 123 &&
      end - start >= 3 &&
      i === start
    ) {
      out += c === 36 ? '${' : '%{';
      i += 3;
      continue;
    }
    if (c === 92 && isQuoted) {
      const d = text.charCodeAt(i + 1);
      if (i + 1 >= end) {
        p.error(
          'invalid-escape',
          'Invalid escape sequence',
          'Backslash must be followed by an escape sequence selector character.',
          i,
          i + 1,
        );
        out += '\\';
        i++;
        continue;
      }
      switch (d) {
        case 110:
          out += '\n';
          i += 2;
          continue;
        case 114:
          out += '\r';
          i += 2;
          continue;
        case 116:
          out += '\t';
          i += 2;
          continue;
        case 34:
          out += '"';
          i += 2;
          continue;
        case 92:
          out += '\\';
          i += 2;
          continue;
        case 117:
        case 85: {
          const want = d === 117 ? 4 : 8;
          let j = i + 2;
          while (j < end && j - (i + 2) < want && isHex(text.charCodeAt(j))) j++;
          if (j - (i + 2) !== want) {
            p.error(
              'invalid-escape',
              'Invalid escape sequence',
              d === 117
                ? 'The \\u escape sequence must be followed by four hexadecimal digits.'
                : 'The \\U escape sequence must be followed by eight hexadecimal digits.',
              i,
              j,
            );
            out += text.slice(i, j);
            i = j;
            continue;
          }
          const code = parseInt(text.slice(i + 2, j), 16);
          if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
            p.error(
              'invalid-escape',
              'Invalid escape sequence',
              `Cannot encode character U+${code.toString(16).padStart(4, '0')} in UTF-8.`,
              i,
              j,
            );
            out += text.slice(i, j);
          } else out += String.fromCodePoint(code);
          i = j;
          continue;
        }
        default: {
          const cp = text.codePointAt(i + 1) as number;
          const w = cp > 0xffff ? 2 : 1;
          p.error(
            'invalid-escape',
            'Invalid escape sequence',
            `The symbol "${String.fromCodePoint(cp)}" is not a valid escape sequence selector.`,
            i,
            i + 1 + w,
          );
          out += String.fromCodePoint(cp);
          i += 1 + w;
          continue;
        }
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
