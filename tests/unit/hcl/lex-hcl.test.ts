import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexHcl } from '@/lib/hcl/lex-hcl.ts';
import { T } from '@/lib/hcl/token-kind.ts';
import { generateCorpus, mutateFile } from './generate-corpus.ts';
import { HCL_TOKEN_PIECES } from './token-pieces.ts';

const soup = fc
  .array(fc.constantFrom(...HCL_TOKEN_PIECES, '\uFEFF', '\r', '\\', '$', '%', '~}', '<<-EOT\n'), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

// Texts in every scanner mode: as they come, inside a quoted string, inside a heredoc.
const texts = fc.oneof(
  soup,
  soup.map((s) => `a = "${s}"\n`),
  soup.map((s) => `a = <<EOT\n${s}\nEOT\n`),
  soup.map((s) => `\uFEFF${s}`),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

/** Checks the token stream's contract (lex-hcl.ts TokenStream) against the text itself. */
function expectWellFormed(text: string): void {
  const tokens = lexHcl(text);
  const { count, kinds, starts, ends } = tokens;
  expect(kinds.length).toBe(count);
  expect(starts.length).toBe(count);
  expect(ends.length).toBe(count);
  expect(starts[0]).toBe(0);
  for (let i = 0; i < count - 1; i++) {
    // Contiguous, and only the final Eof is empty.
    expect(ends[i]).toBe(starts[i + 1]);
    expect(ends[i]).toBeGreaterThan(starts[i] as number);
    expect(kinds[i]).not.toBe(T.Eof);
  }
  expect(kinds[count - 1]).toBe(T.Eof);
  expect(starts[count - 1]).toBe(text.length);
  expect(ends[count - 1]).toBe(text.length);
  // A line starts after every "\n" (inside strings, heredocs and comments too), and the first
  // one after a byte order mark.
  const lineStarts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  expect(tokens.lineStarts).toEqual(lineStarts);
  const hasInvalid = Array.from(kinds).some((k) => k >= T.BitAnd && k !== T.Eof);
  expect(tokens.hasInvalid).toBe(hasInvalid);
}

describe('[hcl] lexer', () => {
  it('[hcl] tokens are contiguous, cover the text and record every line start', () => {
    fc.assert(fc.property(texts, expectWellFormed), { numRuns: 3000 });
  });

  it('[hcl] generated and mutated files lex into well-formed streams', () => {
    for (const { text } of generateCorpus(150, 31)) {
      expectWellFormed(text);
      expectWellFormed(mutateFile(text, text.length));
    }
  });

  it('[hcl] scans the modes HCL has', () => {
    const text = 'a = "x${b}" # c\nh = <<-EOT\n  ${d}\n  EOT\n';
    const tokens = lexHcl(text);
    const kinds = Array.from(tokens.kinds).filter((k) => k !== T.Spaces);
    expect(kinds).toEqual([
      T.Ident,
      T.Equal,
      T.OQuote,
      T.QuotedLit,
      T.TemplateInterp,
      T.Ident,
      T.TemplateSeqEnd,
      T.CQuote,
      T.Comment,
      T.Ident,
      T.Equal,
      T.OHeredoc,
      T.StringLit,
      T.TemplateInterp,
      T.Ident,
      T.TemplateSeqEnd,
      T.StringLit,
      T.CHeredoc,
      T.Newline,
      T.Eof,
    ]);
  });
});
