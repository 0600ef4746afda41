import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  parseRulesFile,
  printRulesFile,
  resolveRuleSources,
  validateRulesFile,
  parseCondition,
} from '../../../lib/falco/index.ts';
import { sharedPath } from '../../helpers/shared-fixtures';

const fixture = (name: string): string =>
  new URL(`../../fixtures/falco/${name}`, import.meta.url).pathname;

// Indexes matter below: 0 incubating, 1 application, 2 seed (read in place from ../shared), 3 local.
const FIXTURES = [
  sharedPath('fixtures', 'falco', 'falco-incubating_rules.yaml'),
  sharedPath('fixtures', 'falco', 'application_rules.yaml'),
  sharedPath('fixtures', 'seed-2018', 'demo', 'rules.yaml'),
  fixture('uses-default-rules.yaml'),
];

function load(path: string) {
  return { filename: path.split('/').pop() ?? path, text: readFileSync(path, 'utf8') };
}

describe('[falco] real rules files', () => {
  test.each(FIXTURES)(
    '[falco] %s: no YAML or validation error, every condition parses, prints back byte-identical',
    (path) => {
      const { filename, text } = load(path);
      const parsed = parseRulesFile(text, { filename });
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.items.length).toBeGreaterThan(0);
      const diagnostics = validateRulesFile(parsed);
      expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
      // Falco's own rules use only real fields and known keys: no warning at all.
      expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'warning')).toEqual([]);
      let conditions = 0;
      for (const item of parsed.items) {
        const field = item.fields.find((entry) => entry.key === 'condition');
        if (!field) continue;
        const override = item.fields.find((entry) => entry.key === 'override')?.value as
          Record<string, unknown> | undefined;
        const isFragment =
          item.fields.some((entry) => entry.key === 'append' && entry.value === true) ||
          override?.condition === 'append';
        const result = parseCondition(String(field.value), { isAppendFragment: isFragment });
        expect(result.diagnostics, `${item.label}`).toEqual([]);
        conditions++;
      }
      expect(conditions).toBeGreaterThan(0);
      expect(printRulesFile(parsed)).toBe(text);
    },
  );

  test('[falco] the fixtures hold 137 conditions (31+82 incubating, 21 application, 3 seed) and all parse', () => {
    let count = 0;
    for (const path of FIXTURES.slice(0, 3)) {
      const parsed = parseRulesFile(load(path).text);
      for (const item of parsed.items) {
        const field = item.fields.find((entry) => entry.key === 'condition');
        if (field) {
          expect(parseCondition(String(field.value)).ast).not.toBeNull();
          count++;
        }
      }
    }
    expect(count).toBe(137);
  });

  test('[falco] resolving all fixtures together gives no errors; references to Falco defaults are warnings naming them', () => {
    const result = resolveRuleSources(
      FIXTURES.map((path) => ({ kind: 'file' as const, ...load(path) })),
    );
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(result.rules.has('Terminal shell in container')).toBe(true);
    expect(result.rules.get('Shell with tty in privileged container')).toMatchObject({
      source: 'syscall',
      priority: 'warning',
      tags: ['container', 'shell', 'mitre_execution'],
    });
    const local = resolveRuleSources([{ kind: 'file', ...load(FIXTURES[3]!) }]);
    const warnings = local.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
    const messages = warnings.map((diagnostic) => diagnostic.message).join('\n');
    for (const name of ['spawned_process', 'container', 'shell_procs'])
      expect(messages).toContain(`Undefined macro '${name}'`);
    expect(messages).toContain("'my_trusted_parents' is not a list");
    expect(messages).toContain("'trusted_writers' is not a list");
    expect(warnings.map((diagnostic) => diagnostic.code)).toEqual(
      expect.arrayContaining(['append-without-definition', 'enable-without-definition']),
    );
    expect(local.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });
});
