import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  collectLocalDiagnostics,
  selectServerDiagnostics,
  toMarker,
  type TDiagnostic,
} from '@/lib/editor-intel';

const sample = (path: string) => readFileSync(`lib/workspace/sample/${path}`, 'utf8');
const FALCO = sample('current/falco.tf');
const lineOf = (text: string) => (line: number) => text.split('\n')[line - 1] ?? '';

describe('[editor-intel] browser-side diagnostics', () => {
  it('finds nothing in the clean sample files, including references to other files', () => {
    for (const path of [
      'current/falco.tf',
      'current/policies.tf',
      'current/notification_channels.tf',
      'legacy-2018/rules.yaml',
    ]) {
      expect(
        collectLocalDiagnostics(path, sample(path)).filter((d) => d.severity !== 'info'),
        path,
      ).toEqual([]);
    }
  });

  it('reports a syntax error at its line and column, and nothing once fixed', () => {
    const line = FALCO.split('\n').length;
    const broken = `${FALCO}\nname =`;
    const diagnostics = collectLocalDiagnostics('current/falco.tf', broken);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'missing-expression',
        line: line + 1,
        column: 7,
      }),
    );
    expect(collectLocalDiagnostics('current/falco.tf', `${FALCO}\n`)).toEqual([]);
  });

  it('checks a resource against the registry: unknown attribute with a suggestion, bad enum', () => {
    const text = `${FALCO}\nresource "sysdig_secure_list" "a" {\n  name  = "a"\n  itemz = ["x"]\n}\n`;
    const line = FALCO.split('\n').length + 1;
    const diagnostics = collectLocalDiagnostics('current/falco.tf', text);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'unknown-attribute', line: line + 2, column: 3 }),
    );
    expect(diagnostics.find((d) => d.code === 'unknown-attribute')?.hint).toContain('items');
    const enumText = FALCO.replace('priority = "warning"', 'priority = "loud"');
    expect(collectLocalDiagnostics('current/falco.tf', enumText)).toContainEqual(
      expect.objectContaining({ code: 'invalid-enum', line: 25, column: 3 }),
    );
  });

  it('reports Falco rules file problems in YAML', () => {
    const text =
      '- rule: x\n  desc: d\n  condition: evt.type = (\n  output: o\n  priority: WARNING\n';
    const diagnostics = collectLocalDiagnostics('legacy-2018/rules.yaml', text);
    expect(diagnostics.some((d) => d.severity === 'error' && d.line === 3)).toBe(true);
    expect(
      collectLocalDiagnostics('legacy-2018/rules.yaml', '- rule: [\n').some(
        (d) => d.severity === 'error',
      ),
    ).toBe(true);
  });
});

describe('[editor-intel] merging and markers', () => {
  const d = (over: Partial<TDiagnostic>): TDiagnostic => ({
    severity: 'error',
    code: 'x',
    message: 'm',
    file: 'f.tf',
    line: 1,
    column: 1,
    ...over,
  });

  it('drops server findings the browser already has, and syntax ones when the text moved on', () => {
    const local = [d({ code: 'missing-expression', line: 3, column: 7 })];
    const server = [
      d({ code: 'missing-expression', line: 3, column: 7 }),
      d({ code: 'dangling-reference', line: 5, column: 3 }),
      d({ code: 'falco-condition-syntax', line: 9, column: 1 }),
      d({ code: 'invalid-enum', line: 8, column: 3 }),
    ];
    expect(
      selectServerDiagnostics(local, server, { isServerStale: false }).map((x) => x.code),
    ).toEqual(['dangling-reference', 'falco-condition-syntax', 'invalid-enum']);
    expect(
      selectServerDiagnostics([d({ code: 'condition-syntax', line: 9, column: 1 })], server, {
        isServerStale: false,
      }).map((x) => x.code),
    ).toEqual(['missing-expression', 'dangling-reference', 'invalid-enum']);
    expect(selectServerDiagnostics([], server, { isServerStale: true }).map((x) => x.code)).toEqual(
      ['dangling-reference'],
    );
  });

  it('converts to 1-based markers, widening an empty range to the word or one character', () => {
    const text = 'resource "x" {\n  name = bogus\n';
    expect(
      toMarker(d({ line: 1, column: 14, endLine: 1, endColumn: 15 }), lineOf(text)),
    ).toMatchObject({ startLineNumber: 1, startColumn: 14, endLineNumber: 1, endColumn: 15 });
    expect(toMarker(d({ line: 2, column: 10 }), lineOf(text))).toMatchObject({
      startColumn: 10,
      endColumn: 15,
    });
    expect(
      toMarker(d({ line: 2, column: 8, endLine: 2, endColumn: 8, hint: 'Do this.' }), lineOf(text)),
    ).toMatchObject({ startColumn: 8, endColumn: 9, message: 'm\nDo this.' });
  });
});
