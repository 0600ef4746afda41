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

describe('[hcl] lexHcl punctuation', () => {
  // hclsyntax/scan_tokens.rl's operators and marks, each alone, at the end of the text and
  // before another character: a one-character mark must not take the end of the text (or the
  // next character) for the second half of a pair.
  const marks: [string, number][] = [
    ['[', T.OBrack],
    [']', T.CBrack],
    ['(', T.OParen],
    [')', T.CParen],
    [',', T.Comma],
    ['*', T.Star],
    ['/', T.Slash],
    ['%', T.Percent],
    ['+', T.Plus],
    ['-', T.Minus],
    ['=', T.Equal],
    ['==', T.EqualOp],
    ['=>', T.FatArrow],
    ['!', T.Bang],
    ['!=', T.NotEqual],
    ['<', T.Lt],
    ['<=', T.Le],
    ['>', T.Gt],
    ['>=', T.Ge],
    ['&&', T.And],
    ['||', T.Or],
    ['&', T.BitAnd],
    ['|', T.BitOr],
    ['^', T.BitXor],
    ['~', T.BitNot],
    ['?', T.Question],
    [':', T.Colon],
    ['::', T.DoubleColon],
    ['.', T.Dot],
    ['...', T.Ellipsis],
    [';', T.Semicolon],
    ['`', T.Backtick],
    ["'", T.Apostrophe],
    ['{', T.OBrace],
    ['}', T.CBrace],
    ['@', T.Invalid],
  ];
  it.each(marks)('[hcl] scans %s as one token, at the end and before a letter', (mark, kind) => {
    for (const text of [mark, `${mark}x`, `1 ${mark}`, `${mark} `]) {
      const tokens = lexHcl(text);
      const at = text.indexOf(mark);
      const i = Array.from(tokens.starts).indexOf(at);
      expect(tokens.kinds[i], text).toBe(kind);
      expect(tokens.ends[i], text).toBe(at + mark.length);
    }
  });
});

describe('[hcl] token kinds', () => {
  it('[hcl] the trivia the parser skips are exactly the kinds numbered 0 to 3', () => {
    // ParserState's cursor tests `kind > T.Newline` for a significant token.
    const trivia = Object.entries(T)
      .filter(([, kind]) => kind <= T.Newline)
      .map(([name]) => name)
      .sort();
    expect(trivia).toEqual(['Bom', 'Comment', 'Newline', 'Spaces']);
  });
});
