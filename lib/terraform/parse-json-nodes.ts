/** A JSON value with its UTF-16 offsets in the source text. */
export type TJsonNode =
  | { kind: 'object'; start: number; end: number; entries: TJsonEntry[] }
  | { kind: 'array'; start: number; end: number; items: TJsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'literal'; start: number; end: number; value: number | boolean | null };

/** One `"key": value` of a JSON object, with the key's offsets. */
export interface TJsonEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: TJsonNode;
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * Parses JSON text into nodes that keep their offsets (for positions in `.tf.json` files).
 * Returns `{ error, offset }` at the first syntax error. Strict JSON (RFC 8259). Never throws.
 */
export function parseJsonNodes(
  text: string,
): { node: TJsonNode } | { error: string; offset: number } {
  let at = 0;
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, at);
  };
  const skip = () => {
    while (at < text.length && ' \t\r\n'.includes(text[at] as string)) at++;
  };
  const readString = (): { value: string; start: number; end: number } => {
    const start = at;
    if (text[at] !== '"') fail('expected a string');
    at++;
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\\') at++;
      else if ((text.charCodeAt(at) ?? 0) < 0x20) fail('control character in a string');
      at++;
    }
    if (at >= text.length) fail('unterminated string');
    at++;
    try {
      return { value: JSON.parse(text.slice(start, at)) as string, start, end: at };
    } catch {
      at = start;
      return fail('invalid escape in a string');
    }
  };
  const readValue = (): TJsonNode => {
    skip();
    const start = at;
    const char = text[at];
    if (char === '{') {
      at++;
      const entries: TJsonEntry[] = [];
      skip();
      if (text[at] === '}') return (at++, { kind: 'object', start, end: at, entries });
      for (;;) {
        skip();
        const key = readString();
        skip();
        if (text[at] !== ':') fail('expected ":"');
        at++;
        entries.push({ key: key.value, keyStart: key.start, keyEnd: key.end, value: readValue() });
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === '}') return (at++, { kind: 'object', start, end: at, entries });
        else fail('expected "," or "}"');
      }
    }
    if (char === '[') {
      at++;
      const items: TJsonNode[] = [];
      skip();
      if (text[at] === ']') return (at++, { kind: 'array', start, end: at, items });
      for (;;) {
        items.push(readValue());
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === ']') return (at++, { kind: 'array', start, end: at, items });
        else fail('expected "," or "]"');
      }
    }
    if (char === '"') return { kind: 'string', ...readString() };
    LITERAL.lastIndex = at;
    const match = LITERAL.exec(text);
    if (!match) return fail('expected a JSON value');
    at += match[0].length;
    const value =
      match[0] === 'true'
        ? true
        : match[0] === 'false'
          ? false
          : match[0] === 'null'
            ? null
            : Number(match[0]);
    return { kind: 'literal', start, end: at, value };
  };
  try {
    const node = readValue();
    skip();
    if (at < text.length) fail('unexpected text after the JSON value');
    return { node };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { error: error.message, offset: error.offset };
    throw error;
  }
}

class JsonSyntaxError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}
