import { ConditionSyntaxError } from './condition-syntax-error.ts';

/**
 * Unescapes a quoted condition string token (quotes included), exactly as libsinsp's
 * `unescape_str` (userspace/libsinsp/filter/escaping.cpp): `\b \f \n \r \t \\ \/ \xHH`, the
 * token's own quote, and the legacy `\ ` which yields a backslash. Throws ConditionSyntaxError
 * at `offset` (the token start) for an unsupported escape.
 */
export function unescapeConditionString(token: string, offset: number): string {
  const quote = token[0];
  const last = token.length - 1;
  let result = '';
  for (let index = 1; index < last; index++) {
    const char = token[index] as string;
    if (char !== '\\') {
      result += char;
      continue;
    }
    index++;
    const escaped = token[index] as string;
    const simple = SIMPLE_ESCAPES[escaped];
    if (simple !== undefined) {
      result += simple;
    } else if (escaped === '"' || escaped === "'") {
      if (escaped !== quote) {
        const message =
          escaped === '"'
            ? `invalid \\" escape in '-quoted string`
            : `invalid \\' escape in "-quoted string`;
        throw new ConditionSyntaxError(message, offset + index - 1);
      }
      result += escaped;
    } else if (escaped === 'x') {
      const hex = token.slice(index + 1, index + 3);
      if (index + 2 >= last)
        throw new ConditionSyntaxError('truncated hex char escape sequence', offset + index - 1);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
        throw new ConditionSyntaxError(
          `invalid hex char escape sequence: ${hex}`,
          offset + index - 1,
        );
      }
      result += String.fromCharCode(parseInt(hex, 16));
      index += 2;
    } else {
      throw new ConditionSyntaxError(
        `unsupported string escape sequence: \\${escaped}`,
        offset + index - 1,
      );
    }
  }
  return result;
}

// libsinsp maps `\ ` to a backslash (a fall-through kept for old rules), so it is listed here too.
const SIMPLE_ESCAPES: Record<string, string> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  ' ': '\\',
  '\\': '\\',
  '/': '/',
};
