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
});
