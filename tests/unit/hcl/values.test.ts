import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTextEdits,
  decodeValue,
  decodedToJs,
  encodeValue,
  findReferences,
  parseHcl,
  type HclAttribute,
} from '@/lib/hcl/index.ts';

function expressionOf(source: string) {
  const parsed = parseHcl(`v = ${source}\n`);
  expect(parsed.diagnostics).toEqual([]);
  return (parsed.attributes[0] as HclAttribute).expression;
}

describe('[hcl] decodeValue', () => {
  it('[hcl] decodes literals with all escapes', () => {
    expect(
      decodedToJs(decodeValue(expressionOf('"a\\n\\t\\"\\\\ \\u00e9 \\U0001F600 $${x} %%{y}"'))),
    ).toBe('a\n\t"\\ é 😀 ${x} %{y}');
    expect(decodeValue(expressionOf('1.50'))).toEqual({ kind: 'number', value: 1.5, raw: '1.50' });
    expect(decodeValue(expressionOf('-2'))).toEqual({ kind: 'number', value: -2, raw: '-2' });
    expect(decodedToJs(decodeValue(expressionOf('[true, null, {a = 1, "b c" = [2]}]')))).toEqual([
      true,
      null,
      { a: 1, 'b c': [2] },
    ]);
    expect(decodedToJs(decodeValue(expressionOf('<<-EOT\n    one\n      two\n    EOT')))).toBe(
      'one\n  two\n',
    );
    expect(decodedToJs(decodeValue(expressionOf('<<EOT\n  $${raw} \\n\nEOT')))).toBe(
      '  ${raw} \\n\n',
    );
  });

  it('[hcl] keeps non-literal expressions with their references', () => {
    const decoded = decodeValue(
      expressionOf('"${sysdig_secure_list.foo.id}-${var.x}" == [for s in local.l : s.name][0]'),
    );
    expect(decoded.kind).toBe('expression');
    if (decoded.kind !== 'expression') return;
    expect(decoded.references.map((r) => r.text)).toEqual([
      'sysdig_secure_list.foo.id',
      'var.x',
      'local.l',
    ]);
    expect(findReferences(expressionOf('data.x.y[0].z + aws_instance.web[*].id'))[0]?.path).toEqual(
      ['data', 'x', 'y', 0, 'z'],
    );
  });
});

function toNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfc);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = toNfc(v);
    return out;
  }
  return value;
}

describe('[hcl] encodeValue', () => {
  it('[hcl] renders terraform fmt style literals', () => {
    expect(encodeValue('a "b" ${c}\n')).toBe('"a \\"b\\" $${c}\\n"');
    expect(encodeValue({ name: 'x', 'long key': [1, true, null] })).toBe(
      '{\n  name       = "x"\n  "long key" = [1, true, null]\n}',
    );
  });

  it('[hcl] round-trips through parse and decode', () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.string({ unit: 'grapheme' }),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
        fc.boolean(),
        fc.constant(null),
      ),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(
          fc.string({ unit: 'grapheme', minLength: 1 }).filter((k) => k !== '__proto__'),
          tie('node'),
          { maxKeys: 3 },
        ),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        // HCL (cty) normalises strings to NFC.
        expect(decodedToJs(decodeValue(expressionOf(encodeValue(v))))).toEqual(toNfc(v));
      }),
      { numRuns: 300 },
    );
  });
});

describe('[hcl] applyTextEdits', () => {
  it('[hcl] applies edits in any order and rejects overlaps', () => {
    expect(
      applyTextEdits('abcdef', [
        { range: { start: 4, end: 5 }, newText: 'X' },
        { range: { start: 0, end: 1 }, newText: '' },
      ]),
    ).toBe('bcdXf');
    expect(() =>
      applyTextEdits('abc', [
        { range: { start: 0, end: 2 }, newText: '' },
        { range: { start: 1, end: 3 }, newText: '' },
      ]),
    ).toThrow(RangeError);
  });
});
