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
 * Checks a regular expression the way Go's `regexp.Compile` (RE2) would accept it, without RE2:
 * constructs JavaScript accepts but RE2 rejects (lookaround, backreferences, `\u`, `\c`, repeat
 * counts over 1000) are errors; RE2-only syntax (`(?P<n>…)`, `(?i)` flags, `\A`, `\z`, `\Q…\E`,
 * `[[:alpha:]]`, `\pL`) is rewritten to an equivalent JS form and the result compiled with `RegExp`.
 * Approximate: a pattern both engines reject for different reasons gets JavaScript's message.
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
  const { pattern, flags } = toJavaScript(source);
  try {
    new RegExp(pattern, flags);
    return { isValid: true };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // JavaScript quotes the rewritten pattern; keep only the reason.
    return {
      isValid: false,
      message: text.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, ''),
    };
  }
}

function toJavaScript(source: string): { pattern: string; flags: string } {
  let flags = '';
  let pattern = source.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_match, literal: string) =>
    literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'),
  );
  const leading = /^\(\?([imsU]+)\)/.exec(pattern);
  if (leading?.[1]) {
    flags = [...new Set(leading[1].replace('U', '').split(''))].join('');
    pattern = pattern.slice(leading[0].length);
  }
  pattern = pattern
    .replace(/\(\?P</g, '(?<')
    .replace(/\(\?[imsU-]+:/g, '(?:')
    .replace(/\(\?[imsU-]+\)/g, '')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$')
    .replace(/\[:\^?\w+:\]/g, 'a-z')
    .replace(/\\[pP](\{\w+\}|\w)/g, '\\w')
    .replace(
      /\\x\{([0-9a-fA-F]+)\}/g,
      (_match, hex: string) => `\\x${hex.padStart(2, '0').slice(-2)}`,
    );
  return { pattern, flags };
}
