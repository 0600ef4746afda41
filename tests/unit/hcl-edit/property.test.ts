import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeValue, decodedToJs, parseHcl } from '@/lib/hcl/index.ts';
import type { HclAttribute, HclBlock, HclBody } from '@/lib/hcl/index.ts';
import {
  HclEditError,
  addAttribute,
  matchesValue,
  removeAttribute,
  reorderListElements,
  setAttribute,
  type HclEditAddress,
  type HclEditValue,
} from '@/lib/hcl/edit/index.ts';
import { generateCorpus, messWhitespace } from '../hcl/generate-corpus.ts';
import { expectSound, realCorpus } from './helpers.ts';

interface Target {
  address: HclEditAddress;
  attribute: HclAttribute;
  /** The refusal this address must get, or null when the edit must succeed. */
  refusal: 'ambiguous' | 'syntax-error' | null;
  names: string[];
}

const corpus = [
  ...realCorpus(),
  ...generateCorpus(240, 77).map((f, i) => ({
    name: f.name,
    text: i % 4 === 1 ? messWhitespace(f.text, i) : f.text,
  })),
];

function targetsOf(text: string): Target[] {
  const parsed = parseHcl(text);
  const out: Target[] = [];
  const walk = (
    top: HclBlock,
    body: HclBody,
    address: HclEditAddress,
    refusal: Target['refusal'],
  ): void => {
    const names = body.items
      .filter((i): i is HclAttribute => i.kind === 'attribute')
      .map((a) => a.name);
    const counts = new Map<string, number>();
    for (const item of body.items) {
      if (item.kind === 'attribute') {
        const isDuplicate = names.filter((n) => n === item.name).length > 1;
        out.push({
          address: { ...address, attribute: item.name },
          attribute: item,
          refusal: refusal ?? (isDuplicate ? 'ambiguous' : null),
          names,
        });
      } else {
        const index = counts.get(item.type) ?? 0;
        counts.set(item.type, index + 1);
        const child = { ...address, path: [...(address.path ?? []), { block: item.type, index }] };
        walk(
          top,
          item.body,
          child,
          refusal ?? (item.openBrace < 0 || item.closeBrace < 0 ? 'syntax-error' : null),
        );
      }
    }
  };
  for (const block of parsed.blocks) {
    const key = [block.type, ...block.labels.map((l) => l.value)];
    const same = parsed.blocks.filter(
      (b) => JSON.stringify([b.type, ...b.labels.map((l) => l.value)]) === JSON.stringify(key),
    );
    const hasError =
      block.openBrace < 0 ||
      block.closeBrace < 0 ||
      parsed.diagnostics.some(
        (d) => d.range.end.offset >= block.start && d.range.start.offset <= block.end,
      ) ||
      parsed.blocks.some((other) => other.closeBrace < 0 && other.start < block.start);
    walk(
      block,
      block.body,
      { block: key, path: [] },
      same.length > 1 ? 'ambiguous' : hasError ? 'syntax-error' : null,
    );
  }
  return out;
}

const targets = corpus.flatMap((file) => targetsOf(file.text).map((target) => ({ file, target })));
const literalTargets = targets.filter(
  ({ target }) => decodeValue(target.attribute.expression).kind !== 'expression',
);

const tricky = fc.constantFrom(
  '',
  '${var.x}',
  '%{ if a }',
  'a\nb\r\n',
  '"quoted" \\ back',
  'é 🚀 中文',
  '\t\u0001\u007f',
  '$$',
  '%%{',
);
// HCL normalises string literals to NFC, so only NFC strings can read back exactly (others are refused).
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.normalize('NFC')),
  tricky,
);
const expression = fc.constantFrom(
  { expression: 'var.x' },
  { expression: 'sysdig_secure_notification_channel_email.ops.id' },
  { expression: '"${var.env}-policy"' },
  { expression: '[for c in var.channels : c.id]' },
  { expression: 'upper("x")' },
);
const key = fc
  .oneof(
    fc.constantFrom('name', 'a-b', 'übung', 'a b', '1x', 'true', ''),
    fc.string({ maxLength: 6 }).map((s) => s.normalize('NFC')),
  )
  .filter((k) => k !== 'expression' && k !== '__proto__');

function valueArb(withExpressions: boolean): fc.Arbitrary<HclEditValue> {
  const leaf: fc.Arbitrary<HclEditValue> = fc.oneof(
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    ...(withExpressions ? [expression] : []),
  );
  const { value } = fc.letrec<{ value: HclEditValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 3, noNullPrototype: true }),
    ),
  }));
  return value;
}

function findAttribute(text: string, address: HclEditAddress): HclAttribute[] {
  const parsed = parseHcl(text);
  let bodies: HclBody[] = parsed.blocks
    .filter(
      (b) =>
        JSON.stringify([b.type, ...b.labels.map((l) => l.value)]) === JSON.stringify(address.block),
    )
    .map((b) => b.body);
  for (const step of address.path ?? [])
    bodies = bodies.flatMap((body) => {
      const found = body.items.filter(
        (i): i is HclBlock => i.kind === 'block' && i.type === step.block,
      )[step.index];
      return found ? [found.body] : [];
    });
  return bodies.flatMap((body) =>
    body.items.filter(
      (i): i is HclAttribute => i.kind === 'attribute' && i.name === address.attribute,
    ),
  );
}

function expectRefusal(run: () => unknown, refusal: NonNullable<Target['refusal']>): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(HclEditError);
    expect((error as HclEditError).code).toBe(refusal);
    return;
  }
  throw new Error(`expected a ${refusal} refusal`);
}

describe('property: edits over a corpus', () => {
  it(`[hcl-edit] setAttribute on random literal attributes verifies (${literalTargets.length} targets, ${corpus.length} files)`, () => {
    expect(literalTargets.length).toBeGreaterThan(500);
    fc.assert(
      fc.property(
        fc.nat(literalTargets.length - 1),
        fc.boolean().chain((withExpressions) => valueArb(withExpressions)),
        (i, value) => {
          const { file, target } = literalTargets[i] as (typeof literalTargets)[number];
          if (target.refusal)
            return expectRefusal(
              () => setAttribute(file.text, target.address, value),
              target.refusal,
            );
          const result = setAttribute(file.text, target.address, value);
          expectSound(file.text, result);
          const after = findAttribute(result.text, target.address);
          expect(after).toHaveLength(1);
          const attribute = after[0] as HclAttribute;
          const json = JSON.stringify(value);
          if (!json.includes('"expression"'))
            expect(decodedToJs(decodeValue(attribute.expression))).toEqual(JSON.parse(json));
          else expect(matchesValue(attribute.expression, value, result.text)).toBe(true);
          // Outside the attribute's expression nothing moved: the edits lie inside its old span.
          for (const edit of result.edits) {
            expect(edit.range.start).toBeGreaterThanOrEqual(target.attribute.expression.start);
            expect(edit.range.end).toBeLessThanOrEqual(target.attribute.lineEnd);
          }
        },
      ),
      { numRuns: 1000, seed: 20261127 },
    );
  });

  it('[hcl-edit] removeAttribute and addAttribute on random attributes verify', () => {
    fc.assert(
      fc.property(
        fc.nat(targets.length - 1),
        valueArb(false),
        fc.constantFrom('added', 'x', 'a_long_attribute_name'),
        (i, value, name) => {
          const { file, target } = targets[i] as (typeof targets)[number];
          if (target.refusal)
            return expectRefusal(() => removeAttribute(file.text, target.address), target.refusal);
          let removed;
          try {
            removed = removeAttribute(file.text, target.address);
          } catch (error) {
            // One-line bodies with several items on a line are refused by design.
            expect((error as HclEditError).code).toBe('syntax-error');
            return;
          }
          expectSound(file.text, removed);
          expect(findAttribute(removed.text, target.address)).toHaveLength(0);
          if (target.names.includes(name)) return;
          const address = { ...target.address, attribute: name };
          const added = addAttribute(file.text, address, value);
          expectSound(file.text, added);
          const after = findAttribute(added.text, address);
          expect(after).toHaveLength(1);
          expect(decodedToJs(decodeValue((after[0] as HclAttribute).expression))).toEqual(
            JSON.parse(JSON.stringify(value)),
          );
        },
      ),
      { numRuns: 600, seed: 7 },
    );
  });

  it('[hcl-edit] reorderListElements on random lists keeps every element text', () => {
    const lists = targets.filter(
      ({ target }) => target.attribute.expression.kind === 'tuple' && !target.refusal,
    );
    expect(lists.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(fc.nat(lists.length - 1), fc.integer(), (i, seed) => {
        const { file, target } = lists[i] as (typeof lists)[number];
        const tuple = target.attribute.expression;
        if (tuple.kind !== 'tuple') return;
        const order = tuple.items
          .map((_, k) => k)
          .sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13));
        const result = reorderListElements(file.text, target.address, order);
        expectSound(file.text, result);
        const after = findAttribute(result.text, target.address)[0]?.expression;
        expect(after?.kind).toBe('tuple');
        if (after?.kind !== 'tuple') return;
        expect(after.items.map((item) => result.text.slice(item.start, item.end))).toEqual(
          order.map((k) => file.text.slice(tuple.items[k]?.start, tuple.items[k]?.end)),
        );
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});
