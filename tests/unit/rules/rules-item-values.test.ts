import { describe, expect, it } from 'vitest';
import { toChanges, toDraft } from '@/components/rules/rules-item-values';

const RULE = {
  documentIndex: 0,
  index: 2,
  kind: 'rule' as const,
  name: 'Shell',
  line: 8,
  values: {
    rule: 'Shell',
    desc: 'A shell.',
    condition: 'spawned_process and shell_procs',
    output: 'Shell (user=%user.name)',
    priority: 'WARNING',
    tags: ['shell', 'mitre'],
  },
};

describe('[falco] the rules-item form values', () => {
  it('[falco] an untouched form has no changes; edited fields become typed values', () => {
    const draft = toDraft(RULE);
    expect(toChanges(RULE, draft)).toEqual({});
    expect(
      toChanges(RULE, {
        ...draft,
        tags: 'shell,  container ,',
        enabled: false,
        desc: '',
        exceptions: '- name: e\n  fields: [proc.name]\n',
      }),
    ).toEqual({
      tags: ['shell', 'container'],
      enabled: false,
      desc: null,
      exceptions: [{ name: 'e', fields: ['proc.name'] }],
    });
  });

  it('[falco] list items are one per line; bad exception YAML throws', () => {
    const list = { ...RULE, kind: 'list' as const, name: 'l', values: { list: 'l', items: ['a'] } };
    expect(toChanges(list, { ...toDraft(list), items: 'a\n\nb\n' })).toEqual({ items: ['a', 'b'] });
    expect(() => toChanges(RULE, { ...toDraft(RULE), exceptions: '- [' })).toThrow();
  });
});
