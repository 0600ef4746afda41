import { ConditionSyntaxError } from './condition-syntax-error.ts';
import { unescapeConditionString } from './unescape-condition-string.ts';

// Token patterns of libsinsp's filter parser (userspace/libsinsp/filter/parser.cpp), POSIX
// classes spelled out. All are greedy, so JS leftmost-first equals RE2's POSIX longest match.
const SPACE = ' \\t\\n\\v\\f\\r';
const PATTERNS = {
  notBlank: new RegExp(`not[${SPACE}]+`, 'y'),
  identifier: /[a-zA-Z]+[a-zA-Z0-9_]*/y,
  fieldName: /[a-zA-Z]+[a-zA-Z0-9_]*(\.[a-zA-Z]+[a-zA-Z0-9_]*)+/y,
  fieldArgBareString: new RegExp(`[^\\]\\["'${SPACE}]+`, 'y'),
  hexNumber: /0[xX][0-9a-fA-F]+/y,
  number: /[+-]?[0-9]+\.?[0-9]*([eE][+-][0-9]+)?/y,
  bareString: new RegExp(`[^()"'${SPACE}=,]+`, 'y'),
} as const;

/** Name of a token pattern of the condition language. */
export type TConditionPattern = keyof typeof PATTERNS;

/** Scanner state shared by the condition parser's functions. */
export interface TConditionCursor {
  readonly text: string;
  /** Current offset. */
  position: number;
  /** Text of the last token lexed (quoted strings: unescaped). */
  lastToken: string;
  /** Raw source text of the last token lexed. */
  lastRaw: string;
  /** Offset just after the last non-blank token. */
  tokenEnd: number;
  depth: number;
  readonly maxDepth: number;
  /** Skips blanks (space, tab, backspace, CR, LF); true when any were skipped. */
  lexBlank(): boolean;
  /** Consumes `literal` when the text continues with it. */
  lexString(literal: string): boolean;
  /** Consumes the first of `literals` the text continues with. */
  lexStringList(literals: readonly string[]): boolean;
  /** Consumes a match of a named token pattern. */
  lexPattern(pattern: TConditionPattern): boolean;
  /** Consumes a '- or "-quoted string (libsinsp `lex_quoted_str`). */
  lexQuotedString(): boolean;
  /** Consumes the first matching operator; one spelled `'word '` needs (and eats) a blank after it. */
  lexOperator(operators: readonly string[]): boolean;
  /** Runs `body` one recursion level deeper, failing past `maxDepth` like libsinsp. */
  nested<T>(body: () => T): T;
  /** Throws a ConditionSyntaxError at the current position. */
  fail(message: string): never;
}

const BLANKS = new Set([' ', '\t', '\b', '\r', '\n']);

/** Creates a scanner over `text` positioned at its start. Pure. */
export function createConditionCursor(text: string, maxDepth = 100): TConditionCursor {
  const cursor: TConditionCursor = {
    text,
    position: 0,
    lastToken: '',
    lastRaw: '',
    tokenEnd: 0,
    depth: 0,
    maxDepth,
    lexBlank() {
      const start = cursor.position;
      while (cursor.position < text.length && BLANKS.has(text[cursor.position] as string))
        cursor.position++;
      return cursor.position > start;
    },
    lexString(literal) {
      if (!text.startsWith(literal, cursor.position)) return false;
      accept(literal, literal);
      return true;
    },
    lexStringList(literals) {
      return literals.some((literal) => cursor.lexString(literal));
    },
    lexPattern(pattern) {
      const regex = PATTERNS[pattern];
      regex.lastIndex = cursor.position;
      const match = regex.exec(text);
      if (!match) return false;
      accept(match[0], match[0]);
      return true;
    },
    lexQuotedString() {
      const delimiter = text[cursor.position];
      if (delimiter !== '"' && delimiter !== "'") return false;
      // libsinsp: a delimiter preceded by a backslash never closes the string.
      for (let index = cursor.position + 1; index < text.length; index++) {
        if (text[index] === delimiter && text[index - 1] !== '\\') {
          const raw = text.slice(cursor.position, index + 1);
          accept(unescapeConditionString(raw, cursor.position), raw);
          return true;
        }
      }
      return false;
    },
    lexOperator(operators) {
      for (const operator of operators) {
        // libsinsp convention: an operator spelled with a trailing space needs a blank after it.
        if (!operator.endsWith(' ')) {
          if (cursor.lexString(operator)) return true;
          continue;
        }
        const saved = save();
        if (cursor.lexString(operator.trimEnd()) && cursor.lexBlank()) return true;
        restore(saved);
      }
      return false;
    },
    nested(body) {
      cursor.depth++;
      try {
        if (cursor.depth >= maxDepth) cursor.fail(`exceeded max depth limit of ${maxDepth}`);
        return body();
      } finally {
        cursor.depth--;
      }
    },
    fail(message) {
      throw new ConditionSyntaxError(message, cursor.position);
    },
  };

  function accept(token: string, raw: string): void {
    cursor.lastToken = token;
    cursor.lastRaw = raw;
    cursor.position += raw.length;
    cursor.tokenEnd = cursor.position;
  }
  function save(): [number, string, string, number] {
    return [cursor.position, cursor.lastToken, cursor.lastRaw, cursor.tokenEnd];
  }
  function restore([position, token, raw, end]: [number, string, string, number]): void {
    cursor.position = position;
    cursor.lastToken = token;
    cursor.lastRaw = raw;
    cursor.tokenEnd = end;
  }
  return cursor;
}
