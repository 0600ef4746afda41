import { CST } from 'yaml';
import { describe, expect, test } from 'vitest';
import { parseRulesFile, printRulesFile, validateRulesFile } from '../../../lib/falco/index.ts';

const RULES = `# top comment
- macro: shell # trailing comment
  condition: proc.name in (bash, sh)

- rule: Shell
  desc: a shell
  condition: >
    shell and
    proc.tty != 0
  output: "shell (cmd=%proc.cmdline)"
  priority: NOTICE
`;

describe('[falco] parseRulesFile', () => {
  test('[falco] items with kinds, names, labels and 1-based ranges', () => {
    const parsed = parseRulesFile(RULES, { filename: 'local.yaml' });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.items.map((item) => item.label)).toEqual(['macro: shell', 'rule: Shell']);
    const rule = parsed.items[1]!;
    expect(rule.range.start).toMatchObject({ line: 5, column: 3 });
    const condition = rule.fields.find((field) => field.key === 'condition')!;
    expect(condition.value).toBe('shell and proc.tty != 0\n');
    expect(condition.scalarStyle).toBe('BLOCK_FOLDED');
    expect(condition.keyRange.start).toMatchObject({ line: 7, column: 3 });
    expect(condition.valueRange.start).toMatchObject({ line: 7, column: 14 });
    // offset of "proc.tty" in the folded value maps to line 9, column 5 of the file
    const offset = condition.mapValueOffset!(String(condition.value).indexOf('proc.tty'));
    expect(RULES.slice(offset, offset + 8)).toBe('proc.tty');
  });

  test('[falco] prints back byte-identical, comments kept; CST edits keep the rest', () => {
    const parsed = parseRulesFile(RULES);
    expect(printRulesFile(parsed)).toBe(RULES);
    expect(parsed.documents[0]!.toString()).toContain('# trailing comment');
    for (const token of parsed.tokens) {
      if (token.type !== 'document') continue;
      CST.visit(token, ({ value }) => {
        if (CST.isScalar(value) && value.source === 'NOTICE') CST.setScalarValue(value, 'WARNING');
      });
    }
    expect(printRulesFile(parsed)).toBe(RULES.replace('NOTICE', 'WARNING'));
  });

  test('[falco] every YAML document is read', () => {
    const parsed = parseRulesFile('- list: a\n  items: [x]\n---\n- list: b\n  items: [y]\n');
    expect(parsed.items.map((item) => [item.label, item.documentIndex])).toEqual([
      ['list: a', 0],
      ['list: b', 1],
    ]);
  });

  test('[falco] YAML syntax errors carry line and column', () => {
    const nested = parseRulesFile('- rule: x\n  desc: a: b\n', { filename: 'bad.yaml' });
    expect(nested.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'yaml-syntax',
        file: 'bad.yaml',
        line: 2,
        column: 9,
        message: 'Nested mappings are not allowed in compact mappings',
      }),
    ]);
    const duplicate = parseRulesFile('- rule: x\n  desc: y\n  desc: z\n');
    expect(duplicate.diagnostics[0]).toMatchObject({
      code: 'yaml-syntax',
      line: 3,
      column: 3,
      message: 'Map keys must be unique',
    });
    const unterminated = parseRulesFile('- rule: x\n  desc: "unterminated\n');
    expect(unterminated.diagnostics[0]).toMatchObject({
      code: 'yaml-syntax',
      message: 'Missing closing "quote',
    });
  });

  test('[falco] an alias bomb gives a clear error, quickly', () => {
    const lines = ['- list: a0', '  items: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 12; level++) {
      const refs = Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ');
      lines.push(`- list: a${level}`, `  items: &a${level} [${refs}]`);
    }
    const started = Date.now();
    const parsed = parseRulesFile(`${lines.join('\n')}\n`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'yaml-alias-limit', line: 4 }),
    ]);
    expect(parsed.diagnostics[0]!.message).toContain('limit of 100');
    expect(parsed.items).toEqual([]);
  });

  test('[falco] a few aliases are fine', () => {
    const parsed = parseRulesFile(
      '- list: a\n  items: &shells [bash, sh]\n- list: b\n  items: *shells\n',
    );
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.items[1]!.fields[1]!.value).toEqual(['bash', 'sh']);
    expect(validateRulesFile(parsed)).toEqual([]);
  });

  test('[falco] a document that is not a list, and empty documents', () => {
    expect(parseRulesFile('rule: x\n').diagnostics[0]).toMatchObject({
      code: 'not-a-sequence',
      message: 'Rules content is not yaml array of objects',
      line: 1,
      column: 1,
    });
    expect(parseRulesFile('').diagnostics).toEqual([]);
    expect(parseRulesFile('# only a comment\n').items).toEqual([]);
  });
});

describe('[falco] printRulesFile with Document edits', () => {
  test('[falco] only the edited document is re-printed', () => {
    const text =
      '# first\n- list: a   # keep   spacing\n  items: [x,   y]\n---\n- list: b\n  items: [z]\n';
    const parsed = parseRulesFile(text);
    parsed.documents[1]!.setIn([0, 'items'], ['z', 'w']);
    const printed = printRulesFile(parsed, { editedDocuments: new Set([1]) });
    expect(
      printed.startsWith('# first\n- list: a   # keep   spacing\n  items: [x,   y]\n---\n'),
    ).toBe(true);
    expect(parseRulesFile(printed).items[1]!.fields[1]!.value).toEqual(['z', 'w']);
  });
});
