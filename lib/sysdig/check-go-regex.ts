import { RE2JS } from 're2js';
/** Letters RE2 accepts after a backslash (Go regexp/syntax). */
const RE2_LETTER_ESCAPES = 'aftnrvdDsSwWbBAzpPxQECuck';

/** Result of checking a pattern against Go's RE2 syntax. */
export type TRegexCheck =
  { readonly isValid: true } | { readonly isValid: false; readonly message: string };

const JS_ONLY: readonly [RegExp, string][] = [
  [/^\(\?<[=!]/, 'lookbehind (?<=…)/(?<!…) is JavaScript-only: Go RE2 has no lookaround'],
  [/^\(\?[=!]/, 'lookahead (?=…)/(?!…) is JavaScript-only: Go RE2 has no lookaround'],
  [/^\\[1-9]/, 'backreferences (\\1…) are JavaScript-only: Go RE2 has none'],
  [/^\\k</, 'named backreferences (\\k<name>) are JavaScript-only: Go RE2 has none'],
  [/^\\u/, '\\u escapes are JavaScript-only: Go RE2 writes \\x{hex}'],
  [/^\\c/, '\\c control escapes are JavaScript-only in Go RE2'],
];

/**
 * Checks a regular expression the way Go's `regexp.Compile` (RE2) accepts it. Constructs people
 * bring from JavaScript (lookaround, backreferences, `\u`, `\c`, repeat counts over 1000) get a
 * message saying so; everything else is decided by RE2's own parser (RE2JS).
 */
export function checkGoRegex(source: string): TRegexCheck {
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const rest = source.slice(index);
    const char = source[index];
    if (!inClass) {
      for (const [pattern, message] of JS_ONLY)
        if (pattern.test(rest)) return { isValid: false, message };
      const repeat = /^\{(\d+)(?:,(\d*))?\}/.exec(rest);
      if (repeat && (Number(repeat[1]) > 1000 || Number(repeat[2] ?? 0) > 1000)) {
        return {
          isValid: false,
          message: `invalid repeat count: ${repeat[0]} (RE2 allows at most 1000)`,
        };
      }
    }
    if (char === '\\') {
      const next = source[index + 1] ?? '';
      if (/[a-zA-Z]/.test(next) && !RE2_LETTER_ESCAPES.includes(next)) {
        return {
          isValid: false,
          message: `invalid escape sequence \\${next} (Go RE2 rejects unknown escapes)`,
        };
      }
      if (rest.startsWith('\\Q')) {
        const end = source.indexOf('\\E', index + 2);
        index = end < 0 ? source.length : end + 1;
      } else {
        index += 1;
      }
    } else if (char === '[' && !inClass) {
      inClass = true;
      if (source[index + 1] === ']') index += 1;
    } else if (
      char === ']' &&
      inClass &&
      !/^\[:\^?\w+:\]$/.test(source.slice(Math.max(0, source.lastIndexOf('[', index)), index + 1))
    ) {
      inClass = false;
    }
  }
  // The final word is RE2's own parser (RE2JS, a port of RE2): exactly what Go's regexp accepts.
  try {
    RE2JS.compile(source);
    return { isValid: true };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { isValid: false, message: text.replace(/^error parsing regexp: /, '') };
  }
}

/**
 * Compiles an RE2 pattern for matching in linear time (no catastrophic backtracking on hostile
 * patterns or names), or returns null when RE2 rejects it.
 */
export function compileGoRegex(source: string): { test: (text: string) => boolean } | null {
  try {
    const compiled = RE2JS.compile(source);
    return { test: (text) => compiled.matcher(text).find() };
  } catch {
    return null;
  }
}
