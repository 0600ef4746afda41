import { describe, expect, it } from 'vitest';
import { decodeValue } from '@/lib/hcl/decode-value.ts';
import { parseHcl } from '@/lib/hcl/parse-hcl.ts';
import type { HclExpression, HclTemplate } from '@/lib/hcl/types.ts';
import { generateCorpus } from './generate-corpus.ts';

// A quoted string that is one literal is parsed into a node whose `parts` are made on first
// read (cst-nodes.ts QuotedLiteralTemplateNode). It must read exactly like the template node the
// general path builds: same fields, same part, decoded the same way, and the same list each time.

function templatesOf(text: string): HclTemplate[] {
  const found: HclTemplate[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      if ((node as HclExpression).kind === 'template') found.push(node as HclTemplate);
      for (const [key, value] of Object.entries(node)) if (key !== 'tokens') visit(value);
      if ((node as HclExpression).kind === 'template') visit((node as HclTemplate).parts);
    }
  };
  visit(parseHcl(text).file.body);
  return found;
}

describe('[hcl] quoted literal templates', () => {
  it('[hcl] read like templates from the general path on a generated corpus', () => {
    let lazy = 0;
    for (const { text } of generateCorpus(300, 404)) {
      if (parseHcl(text).diagnostics.length > 0) continue; // a third are mutated, mostly broken
      for (const template of templatesOf(text)) {
        const literal = template.literal;
        const parts = template.parts;
        expect(template.parts).toBe(parts);
        if (!text.slice(template.start, template.start + 1).startsWith('"')) continue;
        const inner = text.slice(template.start + 1, template.end - 1);
        // `$` and `%` start tokens of their own and a newline ends an unclosed string;
        // backslash escapes stay inside the one literal token (decoded: HCL's JSON checks them).
        const isOneLiteral = !/[$%\n\r]/.test(inner);
        if (!isOneLiteral) {
          expect(literal).toBeUndefined();
          continue;
        }
        lazy++;
        const decoded = (decodeValue(template) as { value: string }).value;
        if (!inner.includes('\\')) expect(decoded).toBe(inner.normalize('NFC'));
        expect(literal).toBe(decoded);
        expect(Object.hasOwn(template, 'parts')).toBe(false);
        expect(template.isWrap).toBe(false);
        expect(template.heredoc).toBeNull();
        expect(parts).toHaveLength(1);
        const part = parts[0];
        expect(part?.kind).toBe('template-literal');
        // An empty string's part sits after its closing quote (as the general path put it).
        expect(part?.start).toBe(inner === '' ? template.end : template.start + 1);
        expect(part?.end).toBe(inner === '' ? template.end : template.end - 1);
        expect(part?.kind === 'template-literal' && part.value).toBe(decoded);
      }
    }
    expect(lazy).toBeGreaterThan(500);
  });

  it('[hcl] an empty string has one empty literal part, at its closing quote as before', () => {
    const [template] = templatesOf('a = ""\n');
    expect(template?.parts).toHaveLength(1);
    expect({ ...template?.parts[0] }).toEqual({
      kind: 'template-literal',
      start: 6,
      end: 6,
      value: '',
    });
  });
});
