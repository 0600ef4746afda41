import { describe, expect, it } from 'vitest';
import { decodeValue } from '@/lib/hcl/decode-value.ts';
import { parseHcl } from '@/lib/hcl/parse-hcl.ts';
import type { HclTemplate } from '@/lib/hcl/types.ts';

// cty normalises every string to NFC. The parser tests a text for non-ASCII characters once and
// normalises literal parts only then, so a decomposed character anywhere must still be found.

const DECOMPOSED = 'cafe\u0301'; // "café" as e + combining acute accent
const COMPOSED = 'caf\u00e9';

function literalsOf(text: string): string[] {
  const parsed = parseHcl(text);
  expect(parsed.diagnostics).toEqual([]);
  return parsed.attributes.map((attribute) => {
    const template = attribute.expression as HclTemplate;
    return template.parts
      .map((part) => (part.kind === 'template-literal' ? part.value : '$'))
      .join('');
  });
}

describe('[hcl] string literals are NFC', () => {
  it('[hcl] normalises quoted strings, templates and heredocs, wherever the non-ASCII text is', () => {
    const body = `a = "${DECOMPOSED}"\nb = "${DECOMPOSED} \${x}"\nc = <<EOT\n${DECOMPOSED}\nEOT\nd = "plain"\n`;
    expect(literalsOf(body)).toEqual([COMPOSED, `${COMPOSED} $`, `${COMPOSED}\n`, 'plain']);
    // The only non-ASCII character of the file is in a comment after the strings.
    const late = `a = "plain"\nb = "x"\n# ${DECOMPOSED}\n`;
    expect(literalsOf(late)).toEqual(['plain', 'x']);
    const first = parseHcl(body).attributes[0]?.expression as HclTemplate;
    expect(first.literal).toBe(COMPOSED);
    expect(decodeValue(first)).toMatchObject({ value: COMPOSED });
  });
});
