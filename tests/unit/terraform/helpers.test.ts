import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJson } from '@/lib/terraform/decode-json.ts';
import { encodeJson } from '@/lib/terraform/encode-json.ts';
import { formatNumber } from '@/lib/terraform/format-number.ts';
import { formatString } from '@/lib/terraform/format-string.ts';
import { LayeredMap } from '@/lib/terraform/layered-map.ts';
import { measureEditDistance } from '@/lib/terraform/measure-edit-distance.ts';
import { resolveModulePath } from '@/lib/terraform/resolve-module-path.ts';
import { sortSetItems } from '@/lib/terraform/sort-set-items.ts';
import { suggestAddress } from '@/lib/terraform/suggest-address.ts';
import type { TConfigValue } from '@/lib/terraform/config-value.ts';

const jsonValue: fc.Arbitrary<TConfigValue> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.string().filter((k) => k !== '$unknown' && k !== '__proto__'),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value as fc.Arbitrary<TConfigValue>;

describe('[terraform] helpers', () => {
  it('[terraform] encodeJson round-trips through JSON.parse, sorts keys and escapes like Go', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const text = encodeJson(value);
        expect(text).not.toBeNull();
        expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        const back = JSON.parse(text as string) as unknown;
        expect(back).toEqual(value);
        expect(decodeJson(text as string)).toEqual({ value: back });
      }),
    );
    expect(encodeJson({ b: 1, a: { d: 2, c: [] } })).toBe('{"a":{"c":[],"d":2},"b":1}');
    expect(encodeJson([{ $unknown: true, references: [], expression: 'x' }])).toBeNull();
  });

  it('[terraform] formats numbers without exponents', () => {
    expect([1e21, 1e-7, -0, 0.5, 123, -1.5e-10].map(formatNumber)).toEqual([
      '1000000000000000000000',
      '0.0000001',
      '-0',
      '0.5',
      '123',
      '-0.00000000015',
    ]);
  });

  it('[terraform] format reports bad calls', () => {
    expect(formatString('%s %s', ['a'])).toEqual({
      error: 'not enough arguments for %s (argument 2 is missing)',
    });
    expect(formatString('%s', ['a', 'b'])).toEqual({ error: 'too many arguments; 1 left unused' });
    expect(formatString('%y', [1])).toEqual({
      error: '%y for argument 1: unsupported format verb %y',
    });
    expect(formatString('%d', [1.5])).toEqual({
      error: '%d for argument 1: an integer is required, got 1.5',
    });
  });

  it('[terraform] resolves module paths', () => {
    expect(resolveModulePath('demo', './rules.yaml')).toBe('demo/rules.yaml');
    expect(resolveModulePath('a/b', '../c')).toBe('a/c');
    expect(resolveModulePath('.', '../x')).toBe('../x');
    expect(resolveModulePath('.', '.')).toBe('.');
    expect(resolveModulePath('a', '/etc/../x')).toBe('/x');
  });

  it('[terraform] suggests addresses by edit distance', () => {
    expect(measureEditDistance('kitten', 'sitting')).toBe(3);
    const existing = [
      'sysdig_secure_list.shells',
      'sysdig_secure_list.miners',
      'var.environment',
      'data.x.y',
    ];
    expect(suggestAddress('sysdig_secure_list.shell', existing)).toBe(
      'Did you mean `sysdig_secure_list.shells`?',
    );
    expect(suggestAddress('var.enviroment', existing)).toBe('Did you mean `var.environment`?');
    expect(suggestAddress('sysdig_secure_list.zzzzzzzzzz', existing)).toBe(
      'Did you mean one of `sysdig_secure_list.shells`, `sysdig_secure_list.miners`? Otherwise declare `sysdig_secure_list.zzzzzzzzzz`.',
    );
    expect(suggestAddress('local.nothing_like_it', existing)).toBeUndefined();
  });

  it('[terraform] orders set items like cty', () => {
    expect(sortSetItems([3, 1, 2])).toEqual([1, 2, 3]);
    expect(sortSetItems(['b', 1, true, 'a'])).toEqual(['1', 'a', 'b', 'true']);
  });

  it('[terraform] LayeredMap behaves like a copied Map, iteration order included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 2 }), fc.integer()), { maxLength: 20 }),
        fc.array(
          fc.tuple(
            fc.array(fc.tuple(fc.string({ maxLength: 2 }), fc.integer()), { maxLength: 5 }),
            fc.array(fc.string({ maxLength: 2 }), { maxLength: 3 }),
          ),
          { maxLength: 12 },
        ),
        fc.constantFrom(1, 3, 100),
        (initial, steps, maxDepth) => {
          let layered: ReadonlyMap<string, number> = new Map(initial);
          const plain = new Map(initial);
          for (const [sets, deletes] of steps) {
            // Past maxDepth layers the map is flattened: the order must not change then either.
            layered = LayeredMap.derive(layered, sets, deletes, maxDepth);
            for (const [k, v] of sets) plain.set(k, v);
            for (const k of deletes) plain.delete(k);
            expect(layered.size).toBe(plain.size);
            expect([...layered]).toEqual([...plain]);
            for (const k of ['', 'a', 'b'])
              expect([layered.has(k), layered.get(k)]).toEqual([plain.has(k), plain.get(k)]);
          }
        },
      ),
    );
  });
});
