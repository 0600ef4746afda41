import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchResource } from '@/bench/helpers/bench-repo';
import { validateModule } from '@/lib/validate/validate-module';
import { createValidationMemo } from '@/lib/validate/validation-memo';
import { sharedPath } from '../../helpers/shared-fixtures';
import { BAD_CASES } from './bad-configurations';
import { createRandom } from '../hcl/generate-corpus';

// Differential: a module validated again and again with one memo (only what changed is redone)
// must give exactly the report a fresh validation gives, whatever the edits in between —
// values, removed and duplicated resources, variables and locals, file() targets, Falco rules
// files, syntax errors, files added, removed and restored.

type TFiles = Record<string, string>;

function readFolder(dir: string): TFiles {
  const files: TFiles = {};
  for (const name of readdirSync(dir).filter((n) => /\.(tf|tfvars|ya?ml)$/.test(n)))
    files[name] = readFileSync(path.join(dir, name), 'utf8');
  return files;
}

function validate(files: TFiles, memo?: ReturnType<typeof createValidationMemo>) {
  return validateModule({
    modulePath: '.',
    files: Object.keys(files)
      .sort()
      .map((name) => ({ path: name, text: files[name]! })),
    readFile: (file) => files[file.replace(/^\.\//, '')] ?? null,
    ...(memo ? { memo } : {}),
  });
}

const VALUES = [
  '"x"',
  '"warning"',
  '"WARNING"',
  '4',
  '0',
  '99',
  'true',
  'false',
  'var.v',
  'local.l',
  '["a", "b"]',
  'file("rules.yaml")',
];
const LITERAL_LINE = /^([ \t]+[A-Za-z_][\w-]*[ \t]*=[ \t]*)(.+)$/gm;
const TOP_LEVEL = /^(resource|variable|locals|data|output|provider)\b.*\{[ \t]*$/gm;

function mutate(files: TFiles, originals: TFiles, next: () => number): TFiles {
  const out = { ...files };
  const names = Object.keys(out);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)];
  const name = pick(names);
  const tfNames = names.filter((n) => n.endsWith('.tf'));
  const tf = pick(tfNames);
  switch (Math.floor(next() * 11)) {
    case 0:
    case 1: {
      // Another value for some attribute.
      if (!tf) break;
      const lines = [...out[tf]!.matchAll(LITERAL_LINE)];
      const line = pick(lines);
      if (!line) break;
      const start = line.index + line[1]!.length;
      out[tf] = out[tf]!.slice(0, start) + pick(VALUES)! + out[tf]!.slice(start + line[2]!.length);
      break;
    }
    case 2: {
      // Remove a top-level block (up to the next one).
      if (!tf) break;
      const starts = [...out[tf]!.matchAll(TOP_LEVEL)].map((m) => m.index);
      const i = Math.floor(next() * starts.length);
      if (starts.length === 0) break;
      out[tf] = out[tf]!.slice(0, starts[i]) + out[tf]!.slice(starts[i + 1] ?? out[tf]!.length);
      break;
    }
    case 3: {
      // Duplicate a resource, renamed or not (a duplicate address), into another file.
      if (!tf) break;
      const block = /^resource "([\w-]+)" "([\w-]+)" \{[\s\S]*?^\}/m.exec(out[tf]!);
      if (!block) break;
      const copy =
        next() < 0.5 ? block[0] : block[0].replace(`"${block[2]}"`, `"${block[2]}_copy"`);
      const target = pick(['extra.tf', tf])!;
      out[target] = `${out[target] ?? ''}\n${copy}\n`;
      break;
    }
    case 4:
      // The evaluation context: a variable and a local (sometimes one that fails to evaluate).
      out['context.tf'] =
        `variable "v" {\n  default = ${pick(VALUES.slice(0, 8))}\n}\n\nlocals {\n  l = ${pick([...VALUES.slice(0, 8), '[1][5]', 'var.missing'])}\n}\n`;
      break;
    case 5:
      // A rules file (also a file() target) changes, or breaks.
      out['rules.yaml'] =
        next() < 0.3
          ? '- rule: broken\n  condition: proc.name = (\n'
          : `- macro: m${Math.floor(next() * 5)}\n  condition: proc.name = bash\n\n- rule: Rule ${Math.floor(next() * 5)}\n  desc: d\n  condition: m0 and evt.type = execve\n  output: o\n  priority: WARNING\n`;
      break;
    case 6: {
      // A syntax error somewhere.
      if (!tf) break;
      const at = Math.floor(next() * out[tf]!.length);
      out[tf] = out[tf]!.slice(0, at) + pick(['{', '= =', '"', '}'])! + out[tf]!.slice(at);
      break;
    }
    case 7:
      // A file removed.
      if (name) delete out[name];
      break;
    case 9: {
      // Lines added at the top of a file: everything in it moves.
      if (!name) break;
      out[name] = `${next() < 0.5 ? '# moved\n\n' : '\n'}${out[name]!}`;
      break;
    }
    case 8: {
      // A file restored to its original text (or brought back).
      const original = pick(Object.keys(originals));
      if (original) out[original] = originals[original]!;
      break;
    }
    default:
      // Nothing changes: everything must come from the memo.
      break;
  }
  return out;
}

const generated: TFiles = {};
for (let f = 0; f < 5; f += 1) {
  const parts: string[] = [];
  for (let i = f * 10; i < (f + 1) * 10; i += 1) parts.push(benchResource(i));
  generated[`f${f}.tf`] = parts.join('\n');
}

const MODULES: Array<[string, TFiles]> = [
  ['seed-2018 demo', readFolder(sharedPath('fixtures', 'seed-2018', 'demo'))],
  ['sample current', readFolder(path.resolve('lib/workspace/sample/current'))],
  ['sample legacy-2018', readFolder(path.resolve('lib/workspace/sample/legacy-2018'))],
  ['generated (50 resources)', generated],
  ...BAD_CASES.filter((_, i) => i % 6 === 0).map(
    (bad) => [`bad: ${bad.name}`, bad.files] as [string, TFiles],
  ),
];

describe('[validate] incremental validation (memo) equals a fresh validation', () => {
  it.each(
    MODULES.flatMap(([name, files], m) => [1, 2].map((s) => [name, files, m * 10 + s] as const)),
  )('[validate] %s, edit sequence with seed %#', (_name, originals, seed) => {
    const next = createRandom(seed);
    const memo = createValidationMemo();
    let files = originals;
    for (let step = 0; step < 40; step += 1) {
      files = mutate(files, originals, next);
      const incremental = validate(files, memo);
      const fresh = validate(files);
      expect(incremental, `step ${step}`).toEqual(fresh);
    }
  });

  it('[validate] reuses unchanged resources and re-checks a changed one', () => {
    const memo = createValidationMemo();
    const before = validate(generated, memo);
    expect(before.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const edited = {
      ...generated,
      'f0.tf': generated['f0.tf']!.replace('severity    = 4', 'severity    = 99'),
    };
    const after = validate(edited, memo);
    expect(after.diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.attribute}`)).toEqual([
      'f0.tf:28 out-of-range severity',
    ]);
    expect(after).toEqual(validate(edited));
  });

  it('[validate] a diagnostic inside a local follows the local when lines move above it', () => {
    const files = {
      'main.tf':
        'resource "sysdig_secure_list" "l" {\n  name  = "my_list"\n  items = [local.x]\n}\n',
      'locals.tf': 'locals {\n  x = [1][5]\n}\n',
    };
    const memo = createValidationMemo();
    validate(files, memo);
    const moved = { ...files, 'locals.tf': `# a comment\n\n${files['locals.tf']}` };
    const report = validate(moved, memo);
    expect(report).toEqual(validate(moved));
    expect(report.diagnostics.some((d) => d.file === 'locals.tf' && d.line === 4)).toBe(true);
  });

  it('[validate] sees a changed file() target even when no module file changed', () => {
    const files = {
      'main.tf':
        'resource "sysdig_secure_user_rules_file" "u" {\n  content = file("${path.module}/rules/user.yaml")\n}\n',
      'rules/user.yaml': '- macro: m\n  condition: proc.name = bash\n',
    };
    const memo = createValidationMemo();
    expect(validate(files, memo).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const broken = { ...files, 'rules/user.yaml': '- macro: m\n  condition: proc.name = (\n' };
    const report = validate(broken, memo);
    expect(
      report.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('falco-')),
    ).toBe(true);
    expect(report).toEqual(validate(broken));
  });
});
