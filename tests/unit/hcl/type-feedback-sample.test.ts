import { parse as hcl2json } from '@cdktn/hcl2json';
import { describe, expect, it } from 'vitest';
import { hclToJson } from '@/lib/hcl/hcl-to-json.ts';
import { lexHcl } from '@/lib/hcl/lex-hcl.ts';
import { parseHcl } from '@/lib/hcl/parse-hcl.ts';
import { T } from '@/lib/hcl/token-kind.ts';
import { TYPE_FEEDBACK_SAMPLE } from '@/lib/hcl/type-feedback-sample.ts';

// The sample parse-hcl.ts parses when it loads, so that V8 has type feedback for every branch
// before it optimises the parser. It must be valid HCL (HCL reads it as we do) and take every
// path a valid file can take: if it stops doing so, nothing fails but cold parses slow down.
const CRLF_BOM = `\uFEFF${TYPE_FEEDBACK_SAMPLE.replace(/\n/g, '\r\n')}`;

// Kinds only invalid files have: HCL reports every one of them.
const INVALID_ONLY = new Set<number>([
  T.BitAnd,
  T.BitOr,
  T.BitNot,
  T.BitXor,
  T.Apostrophe,
  T.Backtick,
  T.Semicolon,
  T.Invalid,
  T.QuotedNewline,
  T.Nil,
]);

describe('[hcl] type feedback sample', () => {
  it('[hcl] is valid HCL, read by HashiCorp HCL exactly as by us', async () => {
    for (const text of [TYPE_FEEDBACK_SAMPLE, CRLF_BOM]) {
      expect(parseHcl(text).diagnostics).toEqual([]);
      expect(hclToJson(text, { filename: 'sample.tf' })).toEqual({
        ok: true,
        json: await hcl2json('sample.tf', text),
      });
    }
  });

  it('[hcl] has every token kind a valid file can have', () => {
    const seen = new Set<number>();
    for (const text of [TYPE_FEEDBACK_SAMPLE, CRLF_BOM]) {
      const tokens = lexHcl(text);
      for (let i = 0; i < tokens.count; i++) seen.add(tokens.kinds[i] as number);
    }
    const missing = Object.entries(T)
      .filter(([, kind]) => !INVALID_ONLY.has(kind) && !seen.has(kind))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('[hcl] has every expression and template form', () => {
    const kinds = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node !== null && typeof node === 'object') {
        const kind = (node as { kind?: unknown }).kind;
        if (typeof kind === 'string') kinds.add(kind);
        for (const [key, value] of Object.entries(node)) if (key !== 'tokens') visit(value);
      }
    };
    visit(parseHcl(TYPE_FEEDBACK_SAMPLE).file.body);
    for (const kind of [
      'literal',
      'template',
      'template-literal',
      'template-interpolation',
      'template-if',
      'template-for',
      'variable',
      'get-attribute',
      'index',
      'splat',
      'function-call',
      'parentheses',
      'unary',
      'binary',
      'conditional',
      'tuple',
      'object',
      'for',
      'attribute',
      'block',
    ])
      expect(kinds, kind).toContain(kind);
  });
});
