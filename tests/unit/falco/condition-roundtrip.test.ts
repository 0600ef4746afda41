import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCondition, printCondition, quoteConditionString } from '../../../lib/falco/index.ts';
import { stripPositions } from './strip-positions.ts';

const KEYWORDS = new Set(['and', 'or', 'not']);
const identifier = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/).filter((name) => !KEYWORDS.has(name));
const field = fc
  .record({
    name: fc.constantFrom(
      'proc.name',
      'proc.pname',
      'fd.name',
      'evt.arg.flags',
      'k8s.ns.name',
      'ka.req.pod.containers.image',
      'container.id',
    ),
    argument: fc.option(fc.constantFrom('[2]', '[0]', '[/user/name]', '["HOME"]'), {
      nil: undefined,
    }),
  })
  .map(({ name, argument }) => `${name}${argument ?? ''}`);
const bare = fc.stringMatching(/^[a-zA-Z0-9_/.*<-]{1,10}$/);
const quoted = fc.oneof(
  fc.string({ maxLength: 12 }).map(quoteConditionString),
  fc.stringMatching(/^[a-z0-9 ./]{0,8}$/).map((text) => `'${text}'`),
);
const value = fc.oneof(bare, quoted);
const blank = fc.constantFrom(' ', '  ', '\n  ', '\t');
const list = fc
  .tuple(fc.array(value, { maxLength: 4 }), blank)
  .map(([items, space]) => `(${items.join(`,${space}`)})`);
const transformer = fc
  .tuple(fc.constantFrom('val', 'tolower', 'toupper', 'b64', 'basename', 'len'), field)
  .map(([name, inner]) => `${name}(${inner})`);
const left = fc.oneof(
  { weight: 4, arbitrary: field },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('tolower', 'len', 'basename'), field)
      .map(([name, inner]) => `${name}(${inner})`),
  },
);

const check = fc.oneof(
  fc
    .tuple(
      left,
      fc.constantFrom('<', '<=', '>', '>='),
      fc.oneof(fc.integer({ min: 0, max: 99999 }).map(String), fc.constant('0x1F')),
    )
    .map(([l, op, r]) => `${l} ${op} ${r}`),
  fc
    .tuple(
      left,
      fc.constantFrom(
        '=',
        '==',
        '!=',
        'contains',
        'icontains',
        'bcontains',
        'startswith',
        'bstartswith',
        'endswith',
        'glob',
        'iglob',
        'regex',
      ),
      fc.oneof(value, transformer),
    )
    .map(([l, op, r]) => `${l} ${op} ${r}`),
  fc
    .tuple(left, fc.constantFrom('in', 'intersects', 'pmatch'), fc.oneof(list, identifier))
    .map(([l, op, r]) => `${l} ${op} ${r}`),
  fc
    .tuple(left, fc.constantFrom('startswith oneof', 'endswith anyof', 'contains allof'), list)
    .map(([l, op, r]) => `${l} ${op} ${r}`),
  left.map((l) => `${l} exists`),
);

const { condition } = fc.letrec<{ condition: string }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    check,
    identifier,
    fc
      .tuple(tie('condition'), fc.constantFrom('and', 'or'), blank, tie('condition'))
      .map(([a, op, space, b]) => `(${a})${space}${op} (${b})`),
    fc
      .tuple(tie('condition'), fc.constantFrom('and', 'or'), tie('condition'))
      .map(([a, op, b]) => `${a} ${op} ${b}`),
    tie('condition').map((inner) => `not (${inner})`),
    tie('condition').map((inner) => `not(${inner})`),
  ),
}));

describe('[falco] condition printer round trip', () => {
  test('[falco] generated conditions are varied', () => {
    const samples = fc.sample(condition, { numRuns: 200, seed: 42 });
    expect(
      samples.filter((text) => text.includes(' and ') && text.includes('(')).length,
    ).toBeGreaterThan(20);
    expect(samples.filter((text) => /\bin \(/.test(text)).length).toBeGreaterThan(5);
  });

  test('[falco] print(parse(text)) parses back to the same AST for generated conditions', () => {
    fc.assert(
      fc.property(condition, (text) => {
        const first = parseCondition(text);
        expect(first.diagnostics).toEqual([]);
        const printed = printCondition(first.ast!);
        const second = parseCondition(printed);
        expect(second.diagnostics).toEqual([]);
        expect(stripPositions(second.ast)).toEqual(stripPositions(first.ast));
        expect(printCondition(second.ast!)).toBe(printed);
      }),
      { numRuns: 500 },
    );
  });
});
