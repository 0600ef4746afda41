import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editRulesItem, type TRulesItemRef } from '@/lib/falco/edit-rules-item';
import { parseRulesFile } from '@/lib/falco/parse-rules-file';
import { sharedPath } from '../../helpers/shared-fixtures';

const RULES = readFileSync('lib/workspace/sample/legacy-2018/rules.yaml', 'utf8');
const SPAWNED: TRulesItemRef = {
  documentIndex: 0,
  index: 2,
  kind: 'rule',
  name: 'Unexpected spawned process web tier',
};

function edited(text: string, ref: TRulesItemRef, changes: Record<string, unknown>): string {
  const result = editRulesItem(text, ref, changes);
  if (!result.isEdited) throw new Error(result.reason);
  return result.text;
}

/** The lines of `after` that differ from `before` (same line count expected). */
function differingLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
}

function itemValue(text: string, index: number): Record<string, unknown> {
  const item = parseRulesFile(text).items.find((i) => i.index === index)!;
  return Object.fromEntries(item.fields.map((f) => [f.key, f.value]));
}

describe('[falco] editRulesItem: minimal edits of one rules-file item', () => {
  it('changes a priority: exactly that line differs, the comment and every other byte stay', () => {
    const text = edited(RULES, SPAWNED, { priority: 'ERROR' });
    expect(differingLines(RULES, text)).toEqual([18]);
    expect(text.split('\n')[17]).toBe('  priority: ERROR');
    expect(
      text.startsWith('# Local Falco rules for the web tier, loaded by user_rules.tf.\n'),
    ).toBe(true);
  });

  it('keeps a folded condition folded and rewrites only its lines', () => {
    const condition = 'evt.type = execve and web_tier_container\n';
    const text = edited(RULES, SPAWNED, { condition });
    expect(itemValue(text, 2).condition).toBe(condition);
    expect(text).toContain(
      '  condition: >\n    evt.type = execve and web_tier_container\n  output: >',
    );
    // Everything before the condition's value and after it is untouched.
    const start = RULES.indexOf('  condition: >');
    expect(text.slice(0, start)).toBe(RULES.slice(0, start));
    const rest = RULES.slice(RULES.indexOf('  output: >\n    Unexpected process'));
    expect(text.endsWith(rest)).toBe(true);
  });

  it('adds, replaces and removes keys: flow lists stay flow, a new key goes after the last one', () => {
    const text = edited(RULES, SPAWNED, { enabled: false, tags: ['container', 'web'], desc: null });
    expect(itemValue(text, 2)).toMatchObject({ enabled: false, tags: ['container', 'web'] });
    expect(itemValue(text, 2).desc).toBeUndefined();
    expect(text).toContain(
      '  tags: [ container, web ]\n  enabled: false\n\n- rule: Unexpected outbound',
    );
    // The other items read back unchanged.
    for (const index of [0, 1, 3]) expect(itemValue(text, index)).toEqual(itemValue(RULES, index));
  });

  it('edits list items and a macro condition; exceptions are written as a block', () => {
    const list = edited(
      RULES,
      { documentIndex: 0, index: 0, kind: 'list', name: 'web_tier_binaries' },
      { items: ['nginx', 'php-fpm', 'apache2'] },
    );
    expect(differingLines(RULES, list)).toEqual([3]);
    const macro = edited(
      RULES,
      { documentIndex: 0, index: 1, kind: 'macro', name: 'web_tier_container' },
      { condition: 'container.image.repository endswith "/nginx"' },
    );
    expect(differingLines(RULES, macro)).toEqual([6]);
    expect(macro.split('\n')[5]).toBe('  condition: container.image.repository endswith "/nginx"');
    const block = '- list: shells\n  # login shells\n  items:\n    - bash\n    - sh\n# after\n';
    expect(
      edited(
        block,
        { documentIndex: 0, index: 0, kind: 'list', name: 'shells' },
        {
          items: ['bash', 'zsh', 'sh'],
        },
      ),
    ).toBe(
      '- list: shells\n  # login shells\n  items:\n    - bash\n    - zsh\n    - sh\n# after\n',
    );
    const exceptions = [{ name: 'debug', fields: ['container.image.repository'], comps: ['='] }];
    const text = edited(RULES, SPAWNED, { exceptions });
    expect(itemValue(text, 2).exceptions).toEqual(exceptions);
    expect(parseRulesFile(text).diagnostics).toEqual([]);
  });

  it('refuses an item that moved, removing the name, and files with YAML errors', () => {
    expect(editRulesItem(RULES, { ...SPAWNED, index: 3 }, { priority: 'ERROR' })).toMatchObject({
      isEdited: false,
    });
    expect(editRulesItem(RULES, SPAWNED, { rule: null })).toMatchObject({ isEdited: false });
    expect(editRulesItem(`${RULES}\n- rule: [`, SPAWNED, { priority: 'ERROR' })).toMatchObject({
      isEdited: false,
    });
  });

  it('on a real Falco rules file, a priority edit of one rule leaves all other bytes as they were', () => {
    const source = readFileSync(
      sharedPath('fixtures', 'falco', 'falco-incubating_rules.yaml'),
      'utf8',
    );
    const parsed = parseRulesFile(source);
    const rule = parsed.items.find(
      (item) => item.kind === 'rule' && item.fields.some((f) => f.key === 'priority'),
    )!;
    const text = edited(
      source,
      { documentIndex: rule.documentIndex, index: rule.index, kind: 'rule', name: rule.name! },
      { priority: 'DEBUG' },
    );
    const line = rule.fields.find((f) => f.key === 'priority')!.valueRange.start.line;
    expect(differingLines(source, text)).toEqual([line]);
  });
});
