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
  /**
   * Goes one recursion level deeper, failing past `maxDepth` like libsinsp; the caller undoes it
   * with `depth--` in a `finally` (no closure per level: conditions are parsed by the thousand).
   */
  enter(): void;
  /** Throws a ConditionSyntaxError at the current position. */
  fail(message: string): never;
}

// libsinsp's blanks: space, tab, backspace, CR, LF.
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 8 || code === 13 || code === 10;
}

/** Creates a scanner over `text` positioned at its start. Pure. */
export function createConditionCursor(text: string, maxDepth = 100): TConditionCursor {
  return new ConditionCursor(text, maxDepth);
}

// A class rather than an object of closures: thousands of conditions are parsed per validation,
// and per-cursor closures cost more than the scanning.
class ConditionCursor implements TConditionCursor {
  position = 0;
  lastToken = '';
  lastRaw = '';
  tokenEnd = 0;
  depth = 0;

  constructor(
    readonly text: string,
    readonly maxDepth: number,
  ) {}

  lexBlank(): boolean {
    const { text } = this;
    const start = this.position;
    while (this.position < text.length && isBlank(text.charCodeAt(this.position))) this.position++;
    return this.position > start;
  }

  lexString(literal: string): boolean {
    if (!this.text.startsWith(literal, this.position)) return false;
    this.accept(literal, literal);
    return true;
  }

  lexStringList(literals: readonly string[]): boolean {
    for (const literal of literals) if (this.lexString(literal)) return true;
    return false;
  }

  lexPattern(pattern: TConditionPattern): boolean {
    // `not` is tried before every operand: skip the regex unless the text starts with it.
    if (pattern === 'notBlank' && !this.text.startsWith('not', this.position)) return false;
    const regex = PATTERNS[pattern];
    regex.lastIndex = this.position;
    // test + slice: exec would allocate a match array (with groups) per token.
    if (!regex.test(this.text)) return false;
    const token = this.text.slice(this.position, regex.lastIndex);
    this.accept(token, token);
    return true;
  }

  lexQuotedString(): boolean {
    const { text } = this;
    const delimiter = text[this.position];
    if (delimiter !== '"' && delimiter !== "'") return false;
    // libsinsp: a delimiter preceded by a backslash never closes the string.
    for (let index = this.position + 1; index < text.length; index++) {
      if (text[index] === delimiter && text[index - 1] !== '\\') {
        const raw = text.slice(this.position, index + 1);
        this.accept(unescapeConditionString(raw, this.position), raw);
        return true;
      }
    }
    return false;
  }

  lexOperator(operators: readonly string[]): boolean {
    const { text } = this;
    for (const operator of operators) {
      // libsinsp convention: an operator spelled with a trailing space needs a blank after it.
      const length = operator.length - 1;
      if (operator.charCodeAt(length) !== 32) {
        if (this.lexString(operator)) return true;
        continue;
      }
      const at = this.position;
      if (!startsWithPrefix(text, at, operator, length) || !isBlank(text.charCodeAt(at + length)))
        continue;
      const word = operator.slice(0, length);
      this.accept(word, word);
      this.lexBlank();
      return true;
    }
    return false;
  }

  enter(): void {
    this.depth++;
    if (this.depth >= this.maxDepth) {
      this.depth--;
      this.fail(`exceeded max depth limit of ${this.maxDepth}`);
    }
  }

  fail(message: string): never {
    throw new ConditionSyntaxError(message, this.position);
  }

  private accept(token: string, raw: string): void {
    this.lastToken = token;
    this.lastRaw = raw;
    this.position += raw.length;
    this.tokenEnd = this.position;
  }
}

function startsWithPrefix(text: string, at: number, literal: string, length: number): boolean {
  for (let k = 0; k < length; k++)
    if (text.charCodeAt(at + k) !== literal.charCodeAt(k)) return false;
  return true;
}
