const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}-]*$/u;
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/**
 * Renders a JS value as HCL literal text in `terraform fmt` style: strings quoted with HCL
 * escapes (and `${`/`%{` doubled so they stay literal), finite numbers, bools, null, arrays as
 * `[a, b]`, objects as multi-line `{ key = value }` blocks with `=` aligned, nested lines
 * indented by `indent` (the column the value starts in). Keys that are not identifiers are
 * quoted. Throws TypeError for values HCL cannot express (undefined, functions, symbols, NaN,
 * ±Infinity, strings with lone surrogates); bigints are rendered exactly.
 */
export function encodeValue(value: unknown, indent = ''): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return encodeString(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`HCL has no literal for ${value}`);
      return String(value);
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => encodeValue(v, indent)).join(', ')}]`;
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length === 0) return '{}';
      const inner = `${indent}  `;
      const keys = entries.map(([k]) => (IDENTIFIER.test(k) ? k : encodeString(k)));
      const width = Math.max(...keys.map((k) => [...k].length));
      const lines = entries.map(([, v], i) => {
        const key = keys[i] as string;
        return `${inner}${key}${' '.repeat(width - [...key].length)} = ${encodeValue(v, inner)}`;
      });
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
    default:
      throw new TypeError(`HCL has no literal for a ${typeof value}`);
  }
}

/**
 * Quotes a string as an HCL quoted template literal (hclwrite escapeQuotedStringLit).
 * Throws TypeError for a lone UTF-16 surrogate (not representable in UTF-8).
 */
export function encodeString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    const code = value.charCodeAt(i);
    if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if ((c === '$' || c === '%') && value[i + 1] === '{') out += c + c;
    else if (
      code >= 0xd800 &&
      code <= 0xdfff &&
      (code >= 0xdc00 || !(value.charCodeAt(i + 1) >= 0xdc00 && value.charCodeAt(i + 1) <= 0xdfff))
    ) {
      throw new TypeError('HCL strings are UTF-8: a lone UTF-16 surrogate cannot be encoded');
    } else if (
      code < 32 ||
      code === 127 ||
      (code >= 128 && !PRINTABLE.test(String.fromCodePoint(value.codePointAt(i) as number)))
    ) {
      const cp = value.codePointAt(i) as number;
      out +=
        cp < 65536
          ? `\\u${cp.toString(16).padStart(4, '0')}`
          : `\\U${cp.toString(16).padStart(8, '0')}`;
      if (cp > 0xffff) i++;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      out += value.slice(i, i + 2);
      i++;
    } else out += c;
  }
  return `${out}"`;
}
