import { describe, expect, test } from 'vitest';
import { resolveRuleSources, type TRuleSource } from '../../../lib/falco/index.ts';

const RULES_YAML = `- list: shell_binaries
  items: [bash, sh]
- macro: spawned_process
  condition: evt.type in (execve, execveat) and evt.dir = <
- rule: Shell spawned
  desc: d
  condition: spawned_process and proc.name in (shell_binaries)
  output: o
  priority: NOTICE
  tags: [shell]
`;

describe('[falco] resolveRuleSources', () => {
  test('[falco] a file() text, HCL macros, lists and rules resolve together', () => {
    const sources: TRuleSource[] = [
      { kind: 'file', filename: 'file("${path.module}/rules.yaml")', text: RULES_YAML },
      {
        kind: 'list',
        name: 'shell_binaries',
        items: [' zsh '],
        append: true,
        site: { file: 'lists.tf', line: 3, column: 1 },
      },
      {
        kind: 'macro',
        name: 'in_container',
        condition: 'container.id != host',
        site: { file: 'macros.tf', line: 1, column: 1 },
      },
      {
        kind: 'rule',
        name: 'Shell in container',
        condition: 'spawned_process and in_container\n  and proc.name in (shell_binaries)',
        source: 'syscall',
        priority: 'warning',
        tags: ['container'],
        site: { file: 'rules.tf', line: 10, column: 1 },
        conditionStart: { line: 12, column: 5 },
      },
      {
        kind: 'rule',
        name: 'Shell spawned',
        append: true,
        condition: 'and not proc.pname = sshd',
        site: { file: 'rules.tf', line: 30, column: 1 },
      },
    ];
    const result = resolveRuleSources(sources);
    expect(result.diagnostics).toEqual([]);
    expect([...result.rules.keys()]).toEqual(['Shell spawned', 'Shell in container']);
    expect(result.rules.get('Shell spawned')).toMatchObject({
      source: 'syscall',
      priority: 'notice',
      tags: ['shell'],
      isDefined: true,
      enabled: true,
    });
    expect(result.rules.get('Shell spawned')!.definitions).toHaveLength(2);
    expect(result.rules.get('Shell in container')).toMatchObject({
      macros: ['spawned_process', 'in_container'],
      lists: ['shell_binaries'],
    });
    expect(result.lists.get('shell_binaries')).toMatchObject({
      items: ['bash', 'sh', 'zsh'],
      isUsed: true,
    });
    expect(result.macros.get('in_container')).toMatchObject({
      isUsed: true,
      definitions: [{ file: 'macros.tf', line: 1, column: 1 }],
    });
  });

  test('[falco] unresolved names and appends without a definition are warnings at the reference', () => {
    const result = resolveRuleSources([
      {
        kind: 'rule',
        name: 'R',
        condition: 'spawned_process and\n  proc.name in (known_binaries, bash)',
        priority: 'info',
        site: { file: 'main.tf', line: 5, column: 1 },
        conditionStart: { line: 7, column: 5 },
      },
      {
        kind: 'macro',
        name: 'm',
        append: true,
        condition: 'or x',
        site: { file: 'main.tf', line: 20, column: 1 },
      },
      {
        kind: 'file',
        filename: 'local.yaml',
        text: '- rule: Never defined\n  append: true\n  condition: and not y\n',
      },
    ]);
    const summary = result.diagnostics.map((diagnostic) => [
      diagnostic.severity,
      diagnostic.code,
      diagnostic.file,
      diagnostic.line,
      diagnostic.column,
    ]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['warning', 'unresolved-macro', 'main.tf', 7, 5],
        ['warning', 'unresolved-list', 'main.tf', 8, 17],
        ['warning', 'append-without-definition', 'main.tf', 20, 1],
        ['warning', 'append-without-definition', 'local.yaml', 1, 3],
        ['warning', 'unresolved-macro', 'main.tf', 20, 4],
        ['warning', 'unresolved-macro', 'local.yaml', 3, 22],
      ]),
    );
    expect(result.diagnostics.some((diagnostic) => diagnostic.message.includes("'bash'"))).toBe(
      false,
    );
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(result.rules.get('Never defined')).toMatchObject({ isDefined: false });
  });

  test('[falco] unknown built-in fields of HCL conditions are warnings at their position', () => {
    const result = resolveRuleSources([
      {
        kind: 'macro',
        name: 'm',
        condition: 'fd.nmae = x',
        site: { file: 'm.tf', line: 2, column: 1 },
        conditionStart: { line: 3, column: 15 },
      },
      {
        kind: 'rule',
        name: 'k',
        condition: 'ka.verb = create',
        source: 'k8s_audit',
        site: { file: 'k.tf', line: 1, column: 1 },
      },
    ]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'unknown-field',
        message: "Unknown field 'fd.nmae'; did you mean 'fd.name'?",
        file: 'm.tf',
        line: 3,
        column: 15,
      }),
    ]);
  });

  test('[falco] condition syntax errors of HCL conditions map to the heredoc position', () => {
    const result = resolveRuleSources([
      {
        kind: 'macro',
        name: 'm',
        condition: 'a and\n  (b or c',
        site: { file: 'macros.tf', line: 3, column: 1 },
        conditionStart: { line: 5, column: 1 },
      },
    ]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'condition-syntax',
        file: 'macros.tf',
        line: 6,
        column: 10,
        item: 'macro: m',
      }),
    ]);
  });

  test('[falco] later definitions replace earlier ones; override and enabled update them', () => {
    const result = resolveRuleSources([
      { kind: 'file', filename: 'a.yaml', text: RULES_YAML },
      {
        kind: 'file',
        filename: 'b.yaml',
        text: '- rule: Shell spawned\n  priority: critical\n  tags: [extra]\n  override:\n    priority: replace\n    tags: append\n- rule: Shell spawned\n  enabled: false\n',
      },
    ]);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
    expect(result.rules.get('Shell spawned')).toMatchObject({
      priority: 'critical',
      tags: ['shell', 'extra'],
      enabled: false,
    });
  });

  test('[falco] list items grow with append and override append, and are replaced by override replace', () => {
    const text = [
      '- list: l',
      '  items: [a]',
      '- list: l',
      '  items: [b]',
      '  append: true',
      '- list: l',
      '  items: [c]',
      '  override:',
      '    items: append',
      '- list: m',
      '  items: [x]',
      '- list: m',
      '  items: [y]',
      '  override:',
      '    items: replace',
    ].join('\n');
    const result = resolveRuleSources([{ kind: 'file', filename: 'l.yaml', text }]);
    expect(result.lists.get('l')!.items).toEqual(['a', 'b', 'c']);
    expect(result.lists.get('m')!.items).toEqual(['y']);
  });
});
