import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as hcl2json } from '@cdktn/hcl2json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hclToJson } from '@/lib/hcl/hcl-to-json.ts';
import { parseHcl } from '@/lib/hcl/parse-hcl.ts';
import { printHcl } from '@/lib/hcl/print-hcl.ts';
import { generateCorpus, mutateFile } from './generate-corpus.ts';
import { HCL_TOKEN_PIECES } from './token-pieces.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures/hcl');
const SEED = join(process.cwd(), '../shared/fixtures/seed-2018');

function loadCorpus(): { name: string; text: string }[] {
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.tf'))
    .map((f) => ({ name: f, text: readFileSync(join(FIXTURES, f), 'utf8') }));
  for (const dir of ['demo', 'snippets']) {
    try {
      for (const f of readdirSync(join(SEED, dir)).filter((n) => n.endsWith('.tf'))) {
        files.push({ name: `seed-${dir}-${f}`, text: readFileSync(join(SEED, dir, f), 'utf8') });
      }
    } catch {
      // The shared fixtures are optional outside the studio's workspace.
    }
  }
  // 1,000 generated files (a third mutated) plus 300 heavily mutated ones (mostly broken).
  const broken = generateCorpus(300, 77).map((f, i) => ({
    name: `broken-${i}.tf`,
    text: mutateFile(mutateFile(f.text, i * 31 + 5), i * 17 + 3),
  }));
  return [...files, ...generateCorpus(1000), ...broken];
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(obj)
        .sort()
        .map((k) => [k, sortKeys(obj[k])]),
    );
  }
  return value;
}

const segmenter = new Intl.Segmenter();

/** HCL counts columns in grapheme clusters; ours are UTF-16 units. */
function graphemeColumn(text: string, offset: number, utf16Column: number): number {
  const lineStart = offset - utf16Column + 1;
  return [...segmenter.segment(text.slice(lineStart, offset))].length + 1;
}

type Verdict =
  | { ok: true; json: unknown }
  | { ok: false; line: number | null; column: number | null; message: string };

async function theirs(name: string, text: string): Promise<Verdict> {
  try {
    return { ok: true, json: await hcl2json(name, text) };
  } catch (error) {
    const message = String((error as Error).message ?? error);
    const m = /:(\d+),(\d+)-/.exec(message);
    return { ok: false, line: m ? Number(m[1]) : null, column: m ? Number(m[2]) : null, message };
  }
}

const SOUP = [
  ...HCL_TOKEN_PIECES,
  'x = ',
  'b {\n',
  '}\n',
  ' = "',
  '"\n',
  '0',
  '.0',
  '::',
  'f(',
  'true',
  'null',
];

/** Compares our verdict, JSON and first error position with hcl2json's on every file. */
async function compareAll(
  files: { name: string; text: string }[],
): Promise<{ mismatches: string[]; valid: number }> {
  const mismatches: string[] = [];
  let valid = 0;
  for (const file of files) {
    const expected = await theirs(file.name, file.text);
    const actual = hclToJson(file.text, { filename: file.name });
    if (expected.ok) {
      valid++;
      if (!actual.ok) mismatches.push(`${file.name}: HCL accepts, we reject: ${actual.message}`);
      else if (JSON.stringify(sortKeys(actual.json)) !== JSON.stringify(sortKeys(expected.json)))
        mismatches.push(`${file.name}: JSON differs`);
      continue;
    }
    if (actual.ok) {
      mismatches.push(`${file.name}: HCL rejects (${expected.message}), we accept`);
      continue;
    }
    if (expected.line === null) continue; // a conversion error: verdict agrees, no position
    const first = actual.diagnostics[0];
    if (!first) {
      mismatches.push(`${file.name}: HCL syntax error, ours is a conversion error`);
      continue;
    }
    const column = graphemeColumn(file.text, first.range.start.offset, first.range.start.column);
    if (first.range.start.line !== expected.line || column !== expected.column) {
      mismatches.push(
        `${file.name}: first error at ${first.range.start.line}:${column} (${first.message}), HCL ${expected.message}`,
      );
    }
  }
  return { mismatches, valid };
}

describe('[hcl] differential against HashiCorp HCL (@cdktn/hcl2json)', () => {
  const corpus = loadCorpus();

  it(`[hcl] agrees with hcl2json on every file of the corpus (${corpus.length} files)`, async () => {
    const { mismatches, valid } = await compareAll(corpus);
    expect(valid).toBeGreaterThan(300);
    expect(mismatches).toEqual([]);
  }, 240_000);

  it('[hcl] agrees with hcl2json on 1,500 random token soups (seeded)', async () => {
    const samples = fc.sample(
      fc.array(fc.constantFrom(...SOUP), { maxLength: 40 }).map((p) => p.join('')),
      { numRuns: 1500, seed: 42 },
    );
    const { mismatches } = await compareAll(
      samples.map((text, i) => ({ name: `soup-${i}.tf`, text })),
    );
    expect(mismatches).toEqual([]);
  }, 240_000);

  it('[hcl] round-trips every corpus file byte for byte', () => {
    for (const file of corpus) {
      expect(printHcl(parseHcl(file.text).file)).toBe(file.text);
    }
  });
});
