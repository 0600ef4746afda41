import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { applyTextEdits, parseHcl } from '@/lib/hcl/index.ts';
import type { HclEditResult } from '@/lib/hcl/edit/index.ts';

const ROOT = process.cwd();

function tfFiles(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(tfFiles(path));
    else if (name.endsWith('.tf')) out.push(path);
  }
  return out;
}

/** Real Terraform files: the workspace sample and the 2018 seed demo, read in place. */
export function realCorpus(): { name: string; text: string }[] {
  return [
    ...tfFiles(join(ROOT, 'lib/workspace/sample')),
    ...tfFiles(join(ROOT, '../shared/fixtures/seed-2018/demo')),
  ].map((path) => ({ name: path.slice(ROOT.length + 1), text: readFileSync(path, 'utf8') }));
}

/** One real file by path relative to the project root. */
export function readReal(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** Independent re-check of an edit result: it applies, keeps bytes outside, and parses cleanly. */
export function expectSound(before: string, result: HclEditResult): void {
  expect(applyTextEdits(before, result.edits)).toBe(result.text);
  const sorted = [...result.edits].sort((a, b) => a.range.start - b.range.start);
  let shift = 0;
  let cursor = 0;
  for (const edit of sorted) {
    expect(result.text.slice(cursor + shift, edit.range.start + shift)).toBe(
      before.slice(cursor, edit.range.start),
    );
    shift += edit.newText.length - (edit.range.end - edit.range.start);
    cursor = edit.range.end;
  }
  expect(result.text.slice(cursor + shift)).toBe(before.slice(cursor));
  const errorsBefore = parseHcl(before).diagnostics.length;
  expect(parseHcl(result.text).diagnostics.length).toBeLessThanOrEqual(errorsBefore);
}
