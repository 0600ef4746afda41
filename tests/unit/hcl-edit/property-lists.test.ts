import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeValue, decodedToJs, parseHcl } from '@/lib/hcl/index.ts';
import { setAttribute } from '@/lib/hcl/edit/index.ts';
import { expectSound } from './helpers.ts';

const address = { block: ['resource', 'sysdig_secure_list', 'shells'], attribute: 'items' };

/** A one-element-per-line list with comments, in LF or CRLF. */
function listFile(items: string[], comments: boolean[], eol: string): string {
  const lines = items.map(
    (item, i) => `    ${JSON.stringify(item)},${comments[i] ? ` # note ${i}` : ''}`,
  );
  return ['resource "sysdig_secure_list" "shells" {', '  items = [', ...lines, '  ]', '}', ''].join(
    eol,
  );
}

const word = fc.constantFrom('bash', 'sh', 'zsh', 'ksh', 'fish', 'dash', 'tcsh', 'csh', 'ash');

describe('property: multi-line lists', () => {
  it('[hcl-edit] element-level list edits keep untouched elements and their comments byte for byte', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 0, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.array(word, { minLength: 1, maxLength: 9 }),
        fc.constantFrom('\n', '\r\n'),
        (before, comments, after, eol) => {
          const text = listFile(before, comments, eol);
          const result = setAttribute(text, address, after);
          expectSound(text, result);
          const attribute = parseHcl(result.text).blocks[0]?.body.items[0];
          expect(attribute?.kind).toBe('attribute');
          if (attribute?.kind !== 'attribute') return;
          expect(decodedToJs(decodeValue(attribute.expression))).toEqual(after);
          // The common prefix keeps its lines (element and comment) verbatim, in place.
          const oldLines = text.split(eol);
          const newLines = result.text.split(eol);
          for (let i = 0; i < before.length && before[i] === after[i]; i++)
            expect(newLines[2 + i]).toBe(oldLines[2 + i]);
          // Comments are never invented; a changed element keeps the comment of its line.
          for (const note of result.text.match(/# note \d/g) ?? []) expect(text).toContain(note);
          // Appending only ever inserts: no old character is deleted.
          const isAppend =
            after.length > before.length && before.every((item, i) => item === after[i]);
          if (isAppend) {
            expect(result.edits.every((e) => e.range.start === e.range.end)).toBe(true);
            expect(result.edits.map((e) => e.newText).join('')).toBe(
              after
                .slice(before.length)
                .map((item) => `    ${JSON.stringify(item)},${eol}`)
                .join(''),
            );
          }
          expect(result.text.includes('  items = [')).toBe(true);
        },
      ),
      { numRuns: 500, seed: 3 },
    );
  });
});
