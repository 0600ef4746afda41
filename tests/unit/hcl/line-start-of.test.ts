import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineStartOf } from '@/lib/hcl/line-start-of.ts';

/** The definition, one character at a time. */
function naiveLineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10) i--;
  return i;
}

describe('[hcl] lineStartOf', () => {
  it('[hcl] is the start of the line holding the offset, also at 0 before a leading newline', () => {
    expect(lineStartOf('\nx', 0)).toBe(0);
    expect(lineStartOf('\nx', 1)).toBe(1);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '\n', '\r', ' ') }),
        fc.nat(),
        (text, n) => {
          const offset = n % (text.length + 1);
          expect(lineStartOf(text, offset)).toBe(naiveLineStart(text, offset));
        },
      ),
    );
  });
});
