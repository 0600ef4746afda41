import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(process.cwd(), 'bin/rampart.mjs');

function run(args: string[]): { code: number; stdout: string } {
  try {
    return {
      code: 0,
      stdout: execFileSync(process.execPath, [CLI, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, stdout: e.stdout };
  }
}

describe('[hcl] rampart CLI', () => {
  it('[hcl] `hcl json` prints one JSON line per file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-hcl-cli-'));
    try {
      writeFileSync(join(dir, 'ok.tf'), 'resource "a" "b" {\n  x = var.y\n}\n');
      writeFileSync(join(dir, 'bad.tf'), 'a = {\n  b 1\n}\n');
      const { code, stdout } = run(['hcl', 'json', join(dir, 'ok.tf'), join(dir, 'bad.tf')]);
      expect(code).toBe(1);
      const lines = stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines[0]).toEqual({
        file: join(dir, 'ok.tf'),
        ok: true,
        json: { resource: { a: { b: [{ x: '${var.y}' }] } } },
      });
      expect(lines[1]).toMatchObject({
        file: join(dir, 'bad.tf'),
        ok: false,
        diagnostics: [{ message: 'Missing key/value separator', line: 2, column: 5 }],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('[hcl] `fmt --check` lists files to change; `fmt` rewrites them recursively', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-hcl-cli-'));
    try {
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'main.tf'), 'a=1\nbb = 2\n');
      writeFileSync(join(dir, 'ok.tf'), 'a = 1\n');
      const check = run(['fmt', '--check', dir]);
      expect(check).toEqual({ code: 1, stdout: `${join(dir, 'sub', 'main.tf')}\n` });
      expect(run(['fmt', dir]).code).toBe(0);
      expect(readFileSync(join(dir, 'sub', 'main.tf'), 'utf8')).toBe('a  = 1\nbb = 2\n');
      expect(run(['fmt', '--check', dir])).toEqual({ code: 0, stdout: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
