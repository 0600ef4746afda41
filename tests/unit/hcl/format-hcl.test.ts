import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHcl, parseHcl } from '@/lib/hcl/index.ts';
import { generateCorpus, messWhitespace } from './generate-corpus.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures/hcl');
const SEED = join(process.cwd(), '../shared/fixtures/seed-2018');

function hasTerraform(): boolean {
  try {
    execFileSync('terraform', ['version'], {
      stdio: 'ignore',
      env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' },
    });
    return true;
  } catch {
    return false;
  }
}

function corpus(): { name: string; text: string }[] {
  const files = readdirSync(FIXTURES).map((f) => ({
    name: f,
    text: readFileSync(join(FIXTURES, f), 'utf8'),
  }));
  for (const dir of ['demo', 'snippets']) {
    try {
      for (const f of readdirSync(join(SEED, dir)).filter((n) => n.endsWith('.tf')))
        files.push({ name: `seed-${dir}-${f}`, text: readFileSync(join(SEED, dir, f), 'utf8') });
    } catch {
      // The shared fixtures are optional outside the studio's workspace.
    }
  }
  const generated = generateCorpus(600, 4242).map((f, i) => ({
    name: f.name,
    text: i % 2 === 0 ? messWhitespace(f.text, i) : f.text,
  }));
  return [...files, ...generated].filter((f) => parseHcl(f.text).diagnostics.length === 0);
}

describe('[hcl] formatHcl', () => {
  it('[hcl] formats like terraform fmt on small examples', () => {
    expect(
      formatHcl(
        'resource aws_instance web {\nami="x"\n  instance_type =    "t2"\n\ttags = { a = "${var.a}" }\n}\n',
      ),
    ).toBe(
      'resource "aws_instance" "web" {\n  ami           = "x"\n  instance_type = "t2"\n  tags          = { a = "${var.a}" }\n}\n',
    );
    expect(formatHcl('a = "${var.x}"\nvariable "v" {\n  type = "string"\n}\n')).toBe(
      'a = var.x\nvariable "v" {\n  type = string\n}\n',
    );
    expect(formatHcl('a = [\n1,\n2 # two\n]\n')).toBe('a = [\n  1,\n  2 # two\n]\n');
    expect(formatHcl('a = {\n')).toBe('a = {\n'); // syntax errors: unchanged, like terraform
  });

  const files = corpus();
  it.skipIf(!hasTerraform())(
    `[hcl] equals \`terraform fmt\` on every valid corpus file (${files.length} files)`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'rampart-hcl-fmt-'));
      try {
        files.forEach((f, i) =>
          writeFileSync(join(dir, `f${String(i).padStart(4, '0')}.tf`), f.text),
        );
        try {
          execFileSync('terraform', ['fmt', dir], {
            stdio: 'ignore',
            env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' },
          });
        } catch {
          // terraform lists changed files; a non-zero exit would mean a syntax error, caught below.
        }
        const mismatches = files
          .filter(
            (f, i) =>
              formatHcl(f.text) !==
              readFileSync(join(dir, `f${String(i).padStart(4, '0')}.tf`), 'utf8'),
          )
          .map((f) => f.name);
        expect(mismatches).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
