import { isUnknownValue, type TConfigValue } from './config-value.ts';
import { formatNumber } from './format-number.ts';

const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * Terraform's `jsonencode`: compact JSON, object keys sorted (cty orders attributes), and — as
 * Go's encoding/json does — `<`, `>`, `&`, U+2028 and U+2029 escaped as `\u003c`, `\u003e`,
 * `\u0026`, `\u2028`, `\u2029`. Returns null when the value contains an unknown (the caller
 * makes the result unknown). Never throws.
 */
export function encodeJson(value: TConfigValue): string | null {
  if (value === null) return 'null';
  if (typeof value === 'string') return encodeString(value);
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (isUnknownValue(value)) return null;
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value) {
      const encoded = encodeJson(item);
      if (encoded === null) return null;
      items.push(encoded);
    }
    return `[${items.join(',')}]`;
  }
  const entries: string[] = [];
  for (const key of Object.keys(value).sort(compareKeys)) {
    const encoded = encodeJson(value[key] as TConfigValue);
    if (encoded === null) return null;
    entries.push(`${encodeString(key)}:${encoded}`);
  }
  return `{${entries.join(',')}}`;
}

// Go sorts cty object attribute names as byte strings (UTF-8); for BMP text this matches
// UTF-16 code unit order except around surrogates, which config keys never hold in practice.
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function encodeString(text: string): string {
  return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c] ?? c);
}
