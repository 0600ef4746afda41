import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexHcl } from '@/lib/hcl/lex-hcl.ts';
import { ParserState } from '@/lib/hcl/parser-state.ts';
import { finishAttribute } from '@/lib/hcl/parse-body.ts';
import { parseSimpleAttribute } from '@/lib/hcl/parse-simple-attribute.ts';
import { T } from '@/lib/hcl/token-kind.ts';
import { generateCorpus, mutateFile } from './generate-corpus.ts';
import { HCL_TOKEN_PIECES } from './token-pieces.ts';

const VALUE_PIECES = [
  ...HCL_TOKEN_PIECES,
  '"x"',
  '""',
  '"a\\"b"',
  '"\\q"',
  '"é"',
  '1',
  '1.5',
  '1e3',
  'true',
  'null',
  'b.c',
  'b.c.d',
  '[',
  ']',
  '["a", "b"]',
  '["a",]',
  '[ ]',
  ', ',
  ' # c\n',
  ' /* c */',
];

/**
 * Compares the fast path with the general parser (what parseBodyItem does for `name =`) at
 * token `ident`: the same node, the same cursor afterwards and the same diagnostics, or — when
 * the fast path declines — nothing consumed. Returns whether the fast path applied.
 */
function expectSameAsGeneral(text: string, ident: number): boolean {
  const tokens = lexHcl(text);
  const fast = new ParserState(tokens, ident);
  const attribute = parseSimpleAttribute(fast, ident);
  if (!attribute) {
    expect(fast.index).toBe(ident);
    expect(fast.diagnostics).toEqual([]);
    return false;
  }
  const general = new ParserState(tokens, ident);
  general.read();
  expect(general.peekKind()).toBe(T.Equal);
  const expected = finishAttribute(general, ident, false);
  expect(JSON.stringify(attribute)).toBe(JSON.stringify(expected));
  expect([fast.index, fast.prev, fast.peek(), fast.peekKind()]).toEqual([
    general.index,
    general.prev,
    general.peek(),
    general.peekKind(),
  ]);
  expect(fast.diagnostics).toEqual(general.diagnostics);
  return true;
}

/** Token indexes of identifiers that start a line (where a body item can start). */
function lineStartIdents(text: string): number[] {
  const tokens = lexHcl(text);
  const found: number[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kinds[i] !== T.Ident) continue;
    const before = i > 0 && tokens.kinds[i - 1] === T.Spaces ? i - 2 : i - 1;
    if (before < 0 || tokens.kinds[before] === T.Newline) found.push(i);
  }
  return found;
}

describe('[hcl] simple attribute fast path', () => {
  it('[hcl] builds what the general parser builds, or consumes nothing', () => {
    let applied = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...VALUE_PIECES), { maxLength: 8 }).map((p) => p.join('')),
        fc.constantFrom('', '\n', '\r\n', ' # end\n', '\nb = 1\n'),
        (value, after) => {
          if (expectSameAsGeneral(`  name = ${value}${after}`, 1)) applied++;
        },
      ),
      { numRuns: 4000 },
    );
    // The generator reaches the fast path often enough for the comparison to mean something.
    expect(applied).toBeGreaterThan(250);
  });

  it('[hcl] agrees with the general parser on every attribute of generated files', () => {
    let applied = 0;
    let declined = 0;
    for (const { text } of generateCorpus(300, 7)) {
      for (const source of [text, mutateFile(text, text.length)])
        for (const ident of lineStartIdents(source))
          if (expectSameAsGeneral(source, ident)) applied++;
          else declined++;
    }
    expect(applied).toBeGreaterThan(400);
    expect(declined).toBeGreaterThan(300);
  });
});
