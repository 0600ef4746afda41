import { readFileSync } from 'node:fs';
import { sharedPath } from '../../helpers/shared-fixtures';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  parseCondition,
  parseRulesFile,
  printRulesFile,
  resolveRuleSources,
} from '../../../lib/falco/index.ts';

const SAMPLE = readFileSync(
  sharedPath('fixtures', 'falco', 'falco-incubating_rules.yaml'),
  'utf8',
).slice(0, 12_000);

describe('[falco] robustness', () => {
  test('[falco] parse, validate and resolve never throw on damaged rules files, and printing stays lossless', () => {
    fc.assert(
      fc.property(
        fc.nat(SAMPLE.length),
        fc.nat(400),
        fc.string({ maxLength: 20 }),
        (at, cut, insert) => {
          const text = SAMPLE.slice(0, at) + insert + SAMPLE.slice(at + cut);
          const parsed = parseRulesFile(text, { filename: 'damaged.yaml' });
          expect(printRulesFile(parsed)).toBe(text);
          const result = resolveRuleSources([{ kind: 'parsed', parsed }]);
          for (const diagnostic of result.diagnostics) {
            expect(diagnostic.line).toBeGreaterThanOrEqual(1);
            expect(diagnostic.column).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  test('[falco] parseCondition never throws', () => {
    fc.assert(
      fc.property(
        fc.string({
          maxLength: 60,
          unit: fc.constantFrom(...'ab .()[]"\'\\,=<>!notandor\nproc.name in x_y 0x'.split('')),
        }),
        (text) => {
          const result = parseCondition(text);
          expect(result.ast === null).toBe(result.diagnostics.length > 0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
