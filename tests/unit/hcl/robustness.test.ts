import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTextEdits,
  formatHcl,
  hclToJson,
  parseHcl,
  printHcl,
  upgradeLegacySyntax,
} from '@/lib/hcl/index.ts';
import { generateCorpus, mutateFile } from './generate-corpus.ts';
import { HCL_TOKEN_PIECES } from './token-pieces.ts';

const PIECES = [...HCL_TOKEN_PIECES, '\uFEFF'];

const hclish = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('[hcl] robustness on arbitrary input', () => {
  it('[hcl] never throws, always round-trips and keeps diagnostics inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(hclish, fc.string({ unit: 'grapheme', maxLength: 80 })), (text) => {
        const parsed = parseHcl(text);
        expect(printHcl(parsed.file)).toBe(text);
        for (const d of parsed.diagnostics) {
          expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
          expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
          expect(d.range.start.line).toBeGreaterThanOrEqual(1);
        }
        let previousEnd = 0;
        for (const item of parsed.file.body.items) {
          expect(item.start).toBeGreaterThanOrEqual(previousEnd);
          expect(item.end).toBeLessThanOrEqual(text.length);
          previousEnd = item.end;
        }
        const json = hclToJson(text);
        expect(json.ok).toBe(parsed.diagnostics.length === 0 ? json.ok : false);
        const formatted = formatHcl(text);
        if (parsed.diagnostics.length === 0) expect(parseHcl(formatted).diagnostics).toEqual([]);
        else expect(formatted).toBe(text);
        expect(() => applyTextEdits(text, upgradeLegacySyntax(text))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('[hcl] formatting is idempotent', () => {
    fc.assert(
      fc.property(hclish, (text) => {
        if (parseHcl(text).diagnostics.length > 0) return;
        const once = formatHcl(text);
        expect(formatHcl(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('[hcl] recovery keeps top-level items ordered', () => {
  it('[hcl] never returns overlapping items for broken generated files', () => {
    for (const [i, file] of generateCorpus(300, 5).entries()) {
      const text = mutateFile(mutateFile(file.text, i + 1), i + 2);
      let previousEnd = 0;
      for (const item of parseHcl(text).file.body.items) {
        expect(item.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = item.end;
      }
    }
  });
});
