import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeHover,
  findCursorContext,
  findDefinition,
  listCompletions,
  type TEditorFacts,
} from '@/lib/editor-intel';

const sample = (path: string) => readFileSync(`lib/workspace/sample/${path}`, 'utf8');
const FALCO = sample('current/falco.tf');
const POLICIES = sample('current/policies.tf');
const CHANNELS = sample('current/notification_channels.tf');

/** The offset just after the first occurrence of `marker` (searching from `from`). */
function after(text: string, marker: string, from = 0): number {
  const index = text.indexOf(marker, from);
  if (index < 0) throw new Error(`marker ${JSON.stringify(marker)} not in text`);
  return index + marker.length;
}

/** Inserts `typed` at `offset`; returns the text and the cursor after the typed text. */
function typeAt(text: string, offset: number, typed: string): { text: string; offset: number } {
  return {
    text: text.slice(0, offset) + typed + text.slice(offset),
    offset: offset + typed.length,
  };
}

const facts = (path: string, resources: TEditorFacts['resources'] = []): TEditorFacts => ({
  path,
  resources,
});

describe('[editor-intel] completion', () => {
  it('offers the attribute names of sysdig_secure_list on a new line in its body, with docs', () => {
    const edit = typeAt(FALCO, after(FALCO, '"trusted_shell_parents" {\n'), '  \n');
    const items = listCompletions(edit.text, edit.offset - 1, facts('current/falco.tf'));
    const labels = items.map((item) => item.label);
    expect(labels).toEqual(
      expect.arrayContaining(['name', 'items', 'append', 'count', 'depends_on']),
    );
    expect(labels).not.toContain('version');
    const items_ = items.find((item) => item.label === 'items')!;
    expect(items_.documentation).toContain('Items, in order.');
    expect(items_.insertText).toBe('items = [$0]');
    const append = items.find((item) => item.label === 'append')!;
    expect(append.insertText).toBe('append = ');
    expect(append.documentation).toContain('Default: `false`');
  });

  it('filters by the typed prefix range and lists attributes written before the cursor last', () => {
    const edit = typeAt(FALCO, after(FALCO, 'items = ["sshd", "tmux", "screen"]\n'), '  ap');
    const items = listCompletions(edit.text, edit.offset, facts('current/falco.tf'));
    const append = items.find((item) => item.label === 'append')!;
    expect(append.replaceStart).toBe(edit.offset - 2);
    const name = items.find((item) => item.label === 'name')!;
    expect(name.detail).toContain('already set');
    expect(name.sortText > append.sortText).toBe(true);
  });

  it('offers nested block attributes (exceptions of sysdig_secure_rule_falco)', () => {
    const edit = typeAt(FALCO, after(FALCO, 'name   = "debug_images"\n'), '    ');
    expect(findCursorContext(edit.text, edit.offset)).toMatchObject({
      kind: 'attribute-name',
      resourceType: 'sysdig_secure_rule_falco',
      blockPath: ['exceptions'],
    });
    const labels = listCompletions(edit.text, edit.offset, facts('current/falco.tf')).map(
      (item) => item.label,
    );
    expect(labels).toEqual(expect.arrayContaining(['name', 'fields', 'comps', 'values']));
    expect(labels).not.toContain('count');
  });

  it('offers resource types after resource "', () => {
    const edit = typeAt(FALCO, FALCO.length, '\nresource "sysdig_secure_no');
    const items = listCompletions(edit.text, edit.offset, facts('current/falco.tf'));
    expect(items.map((item) => item.label)).toEqual(
      expect.arrayContaining([
        'sysdig_secure_list',
        'sysdig_secure_notification_channel_email',
        'sysdig_secure_policy',
      ]),
    );
    expect(new Set(items.map((item) => item.label)).size).toBe(items.length);
    expect(items[0]!.replaceStart).toBe(edit.offset - 'sysdig_secure_no'.length);
  });

  it('offers resource types inside auto-closed quotes, and nothing for the name label', () => {
    const edit = typeAt(FALCO, FALCO.length, '\nresource "');
    const text = `${edit.text}"`;
    expect(findCursorContext(text, edit.offset)).toEqual({ kind: 'resource-type', prefix: '' });
    expect(listCompletions(`${text} "`, edit.offset + 3, facts('current/falco.tf'))).toEqual([]);
  });

  it('offers enum values inside a quoted enum attribute', () => {
    const offset = after(FALCO, 'priority = "');
    const items = listCompletions(FALCO, offset, facts('current/falco.tf'));
    expect(items.map((item) => item.label)).toEqual([
      'emergency',
      'alert',
      'critical',
      'error',
      'warning',
      'notice',
      'info',
      'debug',
    ]);
  });

  it('offers addresses of notification channels in a notification_channels list, across files', () => {
    const index = [
      {
        address: 'sysdig_secure_notification_channel_email.secops',
        type: 'sysdig_secure_notification_channel_email',
        name: 'secops',
        file: 'current/notification_channels.tf',
        line: 2,
      },
      {
        address: 'sysdig_secure_rule_falco.shell_in_production',
        type: 'sysdig_secure_rule_falco',
        name: 'shell_in_production',
        file: 'current/falco.tf',
        line: 13,
      },
      {
        address: 'sysdig_secure_notification_channel_email.elsewhere',
        type: 'sysdig_secure_notification_channel_email',
        name: 'elsewhere',
        file: 'legacy-2018/x.tf',
        line: 1,
      },
    ];
    const edit = typeAt(
      POLICIES,
      after(POLICIES, 'sysdig_secure_notification_channel_slack.secops.id,\n'),
      '    sysdig_',
    );
    const items = listCompletions(edit.text, edit.offset, facts('current/policies.tf', index));
    expect(items.map((item) => item.label)).toEqual([
      'sysdig_secure_notification_channel_email.secops.id',
    ]);
    expect(items[0]!.detail).toBe('current/notification_channels.tf:2');

    const rules = typeAt(POLICIES, after(POLICIES, '  rules {\n    name    = '), '');
    const ruleItems = listCompletions(
      rules.text,
      rules.offset,
      facts('current/policies.tf', index),
    );
    expect(ruleItems.map((item) => item.label)).toEqual([
      'sysdig_secure_rule_falco.shell_in_production.name',
    ]);
  });

  it('offers nothing in comments, heredocs and outside resources', () => {
    const f = facts('current/falco.tf');
    expect(listCompletions(FALCO, after(FALCO, '# Building'), f)).toEqual([]);
    expect(listCompletions(FALCO, after(FALCO, 'interactive_shell and '), f)).toEqual([]);
    expect(findCursorContext(CHANNELS, 0)).toEqual({ kind: 'none' });
  });

  it('still works in half-typed text (unclosed block at the end of the file)', () => {
    const edit = typeAt(FALCO, FALCO.length, '\nresource "sysdig_secure_macro" "x" {\n  ');
    const labels = listCompletions(edit.text, edit.offset, facts('current/falco.tf')).map(
      (item) => item.label,
    );
    expect(labels).toEqual(expect.arrayContaining(['name', 'condition']));
  });
});

describe('[editor-intel] hover and definition', () => {
  const index = [
    {
      address: 'sysdig_secure_rule_falco.shell_in_production',
      type: 'sysdig_secure_rule_falco',
      name: 'shell_in_production',
      file: 'current/falco.tf',
      line: 13,
    },
  ];

  it('documents an attribute name and a resource type', () => {
    const attribute = describeHover(FALCO, after(FALCO, '  ite'), facts('current/falco.tf'));
    expect(attribute?.markdown).toContain('**items**');
    expect(attribute?.markdown).toContain('Items, in order.');
    const type = describeHover(
      FALCO,
      after(FALCO, 'resource "sysdig_secure_ma'),
      facts('current/falco.tf'),
    );
    expect(type?.markdown).toContain('**sysdig_secure_macro**');
  });

  it('names where a referenced resource is declared, in another file', () => {
    const offset = after(POLICIES, 'sysdig_secure_rule_falco.shell_in');
    const hover = describeHover(POLICIES, offset, facts('current/policies.tf', index));
    expect(hover?.markdown).toContain('current/falco.tf:13');
    expect(findDefinition(POLICIES, offset, facts('current/policies.tf', index))).toEqual({
      file: 'current/falco.tf',
      line: 13,
      column: 1,
      isSameFile: false,
    });
  });

  it('jumps to a resource declared in the edited text itself', () => {
    const text = `${FALCO}\nresource "sysdig_secure_custom_policy" "p" {\n  rules {\n    name = sysdig_secure_rule_falco.shell_in_production.name\n  }\n}\n`;
    const offset = after(text, 'name = sysdig_secure_rule_fa');
    const stale = [{ ...index[0]!, line: 99 }];
    expect(findDefinition(text, offset, facts('current/falco.tf', stale))).toEqual({
      file: 'current/falco.tf',
      line: 13,
      column: 1,
      isSameFile: true,
    });
    expect(findDefinition(text, after(text, '# Build'), facts('current/falco.tf'))).toBeNull();
  });
});

describe('[editor-intel] go to definition of variables and locals', () => {
  const symbols = [
    { address: 'var.siem_webhook_url', file: 'current/variables.tf', line: 8 },
    { address: 'var.siem_webhook_url', file: 'legacy-2018/variables.tf', line: 3 },
  ];
  it('jumps from var.x to the variable declared in another file of the same module', () => {
    const offset = after(CHANNELS, 'var.siem_web');
    expect(
      findDefinition(CHANNELS, offset, { ...facts('current/notification_channels.tf'), symbols }),
    ).toEqual({ file: 'current/variables.tf', line: 8, column: 1, isSameFile: false });
  });

  it('jumps from local.y to its entry of a locals block in the edited text', () => {
    const text =
      'locals {\n  other = { y = 2 }\n  y = 1\n}\n\noutput "o" {\n  value = local.y\n}\n';
    expect(findDefinition(text, after(text, 'local.'), facts('current/outputs.tf'))).toEqual({
      file: 'current/outputs.tf',
      line: 3,
      column: 1,
      isSameFile: true,
    });
    expect(findDefinition(text, after(text, 'local.'), facts('current/x.tf'))?.line).toBe(3);
    expect(
      findDefinition('value = var.missing', 10, { ...facts('current/x.tf'), symbols }),
    ).toBeNull();
  });
});
