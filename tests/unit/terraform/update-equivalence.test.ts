import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModule, updateModuleFile, type TModule } from '@/lib/terraform/index.ts';

// A module of a few files whose resources refer to each other; edits change values, add or drop
// references (some dangling), rename resources, duplicate them, or touch variables.
const NAMES = ['a', 'b', 'c', 'd'];

const arbitraryResource = fc.record({
  type: fc.constantFrom('sysdig_secure_list', 'sysdig_secure_macro'),
  name: fc.constantFrom(...NAMES),
  value: fc.string({ maxLength: 5 }).map((s) => s.replace(/[^a-z]/g, 'x')),
  refs: fc.array(
    fc.record({
      type: fc.constantFrom('sysdig_secure_list', 'sysdig_secure_macro', 'var', 'local'),
      name: fc.constantFrom(...NAMES, 'zz'),
    }),
    { maxLength: 3 },
  ),
});

const arbitraryFile = fc.record({
  resources: fc.array(arbitraryResource, { maxLength: 3 }),
  variable: fc.option(fc.constantFrom(...NAMES), { nil: null }),
  local: fc.option(fc.constantFrom(...NAMES), { nil: null }),
});

type TFile = typeof arbitraryFile extends fc.Arbitrary<infer T> ? T : never;

function render(file: TFile): string {
  let text = '';
  if (file.variable) text += `variable "${file.variable}" {\n  default = "v"\n}\n`;
  if (file.local) text += `locals {\n  ${file.local} = "l"\n}\n`;
  for (const r of file.resources) {
    const refs = r.refs.map((ref) =>
      ref.type === 'var' || ref.type === 'local'
        ? `${ref.type}.${ref.name}`
        : `${ref.type}.${ref.name}.id`,
    );
    text += `resource "${r.type}" "${r.name}" {\n  name = "${r.value}"\n  refs = [${refs.join(', ')}]\n}\n`;
  }
  return text;
}

function snapshot(model: TModule) {
  return {
    files: model.files.map((f) => f.path),
    resources: model.resources.map((e) => `${e.address}@${e.file}:${e.range.line}`),
    locals: model.locals.map((e) => e.address),
    variables: model.variables.map((v) => v.address),
    byAddress: [...model.byAddress].map(([k, e]) => `${k}@${e.file}:${e.range.line}`).sort(),
    references: model.references.map(
      (r) =>
        `${r.from} ${r.attribute} ${r.text} ${r.target} ${r.file}:${r.range.line}:${r.range.column}`,
    ),
    usedBy: [...model.usedBy]
      .map(
        ([k, list]) =>
          `${k} <- ${list.map((r) => `${r.from}@${r.file}:${r.range.line}:${r.range.column}`).join(',')}`,
      )
      .sort(),
    diagnostics: model.diagnostics.map(
      (d) => `${d.severity} ${d.code} ${d.file}:${d.line}:${d.column} ${d.message} ${d.hint ?? ''}`,
    ),
    values: [...model.variableValues],
  };
}

describe('[terraform] incremental re-index', () => {
  it('[terraform] updateModuleFile gives the same model as loading the edited files afresh', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryFile, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), arbitraryFile), { minLength: 1, maxLength: 5 }),
        (initial, edits) => {
          const texts = new Map(initial.map((file, i) => [`f${i}.tf`, render(file)]));
          let model = loadModule({ files: [...texts].map(([path, text]) => ({ path, text })) });
          for (const [which, file] of edits) {
            const path = `f${which % (initial.length + 1)}.tf`;
            texts.set(path, render(file));
            model = updateModuleFile(model, path, texts.get(path) ?? '');
            const fresh = loadModule({ files: [...texts].map(([p, text]) => ({ path: p, text })) });
            expect(snapshot(model)).toEqual(snapshot(fresh));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('[terraform] a value-only edit takes the patch path and keeps the other files', () => {
    const files = [
      { path: 'a.tf', text: 'resource "x" "a" {\n  name = "1"\n}\n' },
      { path: 'b.tf', text: 'resource "x" "b" {\n  ref = x.a.id\n}\n' },
    ];
    const model = loadModule({ files });
    const next = updateModuleFile(
      model,
      'a.tf',
      'resource "x" "a" {\n  name = "2"\n  ref  = x.b.id\n}\n',
    );
    expect(next.files[1]).toBe(model.files[1]);
    expect(next.byAddress.get('x.a')?.block.attributes.name?.value).toBe('2');
    expect(next.usedBy.get('x.b')?.map((r) => r.from)).toEqual(['x.a']);
    expect(model.usedBy.has('x.b')).toBe(false);
  });
  it('[terraform] an edit that keeps the addresses patches the module exactly as a reload would', () => {
    // Files f0–f3 each declare the same resources before and after every edit (the patch
    // path); edits change values and which resources, variables and locals the refs point at,
    // so the reverse index ("used by") of targets used from several files is re-linked.
    const common = 'variable "v" {\n  default = "v"\n}\nlocals {\n  l = "l"\n}\n';
    const targets = [
      'var.v',
      'local.l',
      'local.zz',
      ...[0, 1, 2, 3].flatMap((f) => NAMES.slice(0, 2).map((n) => `x.r${f}_${n}.id`)),
    ];
    const arbitraryVersion = fc.array(
      fc.record({
        value: fc.nat(9),
        refs: fc.array(fc.constantFrom(...targets), { maxLength: 4 }),
      }),
      { minLength: 2, maxLength: 2 },
    );
    const renderVersion = (file: number, version: { value: number; refs: string[] }[]) =>
      version
        .map(
          (r, i) =>
            `resource "x" "r${file}_${NAMES[i]}" {\n  name = "${r.value}"\n  refs = [${r.refs.join(', ')}]\n}\n`,
        )
        .join('');
    let edited = 0;
    let patched = 0;
    fc.assert(
      fc.property(
        fc.array(arbitraryVersion, { minLength: 4, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(3), arbitraryVersion), { minLength: 1, maxLength: 6 }),
        (initial, edits) => {
          const texts = new Map(
            initial.map((version, f) => [`f${f}.tf`, renderVersion(f, version)]),
          );
          texts.set('common.tf', common);
          let model = loadModule({ files: [...texts].map(([path, text]) => ({ path, text })) });
          for (const [file, version] of edits) {
            const path = `f${file}.tf`;
            texts.set(path, renderVersion(file, version));
            model = updateModuleFile(model, path, texts.get(path) ?? '');
            // A reload builds plain Maps; only the patch path layers the address index.
            edited++;
            if (!(model.byAddress instanceof Map)) patched++;
            const fresh = loadModule({ files: [...texts].map(([p, text]) => ({ path: p, text })) });
            expect(snapshot(model)).toEqual(snapshot(fresh));
          }
        },
      ),
      { numRuns: 200 },
    );
    // The patch path declines when the file had no references before and has some now (and
    // re-assembles instead); most edits here must still have been patches.
    expect(patched).toBeGreaterThan(edited / 2);
  });
});
