import { describe, expect, it } from 'vitest';
import {
  addNestedBlock,
  addResource,
  removeNestedBlock,
  removeResource,
} from '@/lib/hcl/edit/index.ts';
import { expectSound, readReal } from './helpers.ts';

const block = ['resource', 'sysdig_secure_custom_policy', 'production_shells'];

describe('nested blocks', () => {
  const text = readReal('lib/workspace/sample/current/policies.tf');

  it('[hcl-edit] adds a nested block after its same-type siblings', () => {
    const result = addNestedBlock(text, { block }, 'rules', {
      name: 'Terminal shell',
      enabled: false,
    });
    expect(result.text).toContain(
      '    enabled = true\n  }\n\n  rules {\n    name    = "Terminal shell"\n    enabled = false\n  }\n\n  actions {',
    );
    expect(result.edits).toHaveLength(1);
    expectSound(text, result);
  });

  it('[hcl-edit] adds a new block type at the end of the body, deeper blocks too', () => {
    const result = addNestedBlock(
      text,
      { block, path: [{ block: 'actions', index: 0 }] },
      'capture',
      { name: 'second', seconds_after_event: 1 },
    );
    expect(result.text).toContain(
      '      seconds_after_event  = 15\n    }\n\n    capture {\n      name                = "second"\n      seconds_after_event = 1\n    }\n  }',
    );
    const end = addNestedBlock(
      text,
      { block: ['resource', 'sysdig_secure_managed_policy', 'runtime_threat_detection'] },
      'custom_rules',
      {},
    );
    expect(end.text).toContain('siem.id]\n\n  custom_rules {}\n}\n');
  });

  it('[hcl-edit] expands a one-line parent and keeps tabs and CRLF', () => {
    const src = 'resource "a" "b" {\r\n\tone { b = 1 }\r\n}\r\n';
    const result = addNestedBlock(
      src,
      { block: ['resource', 'a', 'b'], path: [{ block: 'one', index: 0 }] },
      'inner',
      { c: 'd' },
      [{ type: 'deep', attributes: { e: 1 } }],
    );
    expect(result.text).toBe(
      'resource "a" "b" {\r\n\tone {\r\n\t\tb = 1\r\n\r\n\t\tinner {\r\n\t\t\tc = "d"\r\n\r\n\t\t\tdeep {\r\n\t\t\t\te = 1\r\n\t\t\t}\r\n\t\t}\r\n\t}\r\n}\r\n',
    );
  });

  it('[hcl-edit] removes a nested block with one adjacent blank line', () => {
    const result = removeNestedBlock(text, { block, path: [{ block: 'rules', index: 0 }] });
    expect(result.text).toContain('production-shell"\n\n  actions {');
    expectSound(text, result);
    const capture = removeNestedBlock(text, {
      block,
      path: [
        { block: 'actions', index: 0 },
        { block: 'capture', index: 0 },
      ],
    });
    expect(capture.text).toContain('  actions {\n    container = "stop"\n  }\n');
  });

  it('[hcl-edit] removes one of several same-type blocks by index', () => {
    const src = 'resource "a" "b" {\n  rule { n = 1 }\n  rule { n = 2 }\n  rule { n = 3 }\n}\n';
    const result = removeNestedBlock(src, {
      block: ['resource', 'a', 'b'],
      path: [{ block: 'rule', index: 1 }],
    });
    expect(result.text).toBe('resource "a" "b" {\n  rule { n = 1 }\n  rule { n = 3 }\n}\n');
    expect(() =>
      removeNestedBlock(src, {
        block: ['resource', 'a', 'b'],
        path: [{ block: 'rule', index: 3 }],
      }),
    ).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('resources', () => {
  const text = readReal('lib/workspace/sample/current/policies.tf');

  it('[hcl-edit] appends a resource after one blank line in terraform fmt style', () => {
    const result = addResource(text, {
      type: 'sysdig_secure_custom_policy',
      name: 'new_one',
      attributes: {
        name: 'New',
        severity: 4,
        enabled: true,
        notification_channels: [
          { expression: 'sysdig_secure_notification_channel_email.secops.id' },
        ],
      },
      blocks: [
        { type: 'rules', attributes: { name: 'R', enabled: true } },
        { type: 'actions', blocks: [{ type: 'capture', attributes: { seconds_after_event: 5 } }] },
      ],
    });
    expect(result.text.slice(text.length)).toBe(
      [
        '',
        'resource "sysdig_secure_custom_policy" "new_one" {',
        '  name                  = "New"',
        '  severity              = 4',
        '  enabled               = true',
        '  notification_channels = [sysdig_secure_notification_channel_email.secops.id]',
        '',
        '  rules {',
        '    name    = "R"',
        '    enabled = true',
        '  }',
        '',
        '  actions {',
        '    capture {',
        '      seconds_after_event = 5',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(result.edits).toEqual([
      { range: { start: text.length, end: text.length }, newText: result.text.slice(text.length) },
    ]);
  });

  it('[hcl-edit] separates by exactly one blank line whatever the file ends with', () => {
    const r = { type: 't', name: 'n' };
    expect(addResource('', r).text).toBe('resource "t" "n" {}\n');
    expect(addResource('a = 1', r).text).toBe('a = 1\n\nresource "t" "n" {}\n');
    expect(addResource('a = 1\n', r).text).toBe('a = 1\n\nresource "t" "n" {}\n');
    expect(addResource('a = 1\n\n', r).text).toBe('a = 1\n\nresource "t" "n" {}\n');
    expect(addResource('a = 1\r\n', r).text).toBe('a = 1\r\n\r\nresource "t" "n" {}\r\n');
  });

  it('[hcl-edit] refuses a resource that already exists', () => {
    expect(() =>
      addResource(text, { type: 'sysdig_secure_custom_policy', name: 'production_shells' }),
    ).toThrow(expect.objectContaining({ code: 'invalid-value' }));
  });

  it('[hcl-edit] removes a resource with its comment and one blank line', () => {
    const first = removeResource(text, block);
    expect(first.text.startsWith("# Sysdig's managed threat detection")).toBe(true);
    const last = removeResource(text, [
      'resource',
      'sysdig_secure_managed_policy',
      'runtime_threat_detection',
    ]);
    expect(last.text.endsWith('  ]\n}\n')).toBe(true);
    expectSound(text, last);
    const middle = 'a {}\n\nb {}\n\nc {}\n';
    expect(removeResource(middle, ['b']).text).toBe('a {}\n\nc {}\n');
  });
});

describe('layouts', () => {
  it('[hcl-edit] follows a tab-indented file, a BOM and CRLF when adding and removing resources', () => {
    const src = '\uFEFFresource "a" "b" {\r\n\tx = 1\r\n}\r\n';
    const added = addResource(src, { type: 'a', name: 'c', attributes: { y: 2 } });
    expect(added.text).toBe(`${src}\r\nresource "a" "c" {\r\n\ty = 2\r\n}\r\n`);
    const removed = removeResource(added.text, ['resource', 'a', 'b']);
    expect(removed.text).toBe('\uFEFFresource "a" "c" {\r\n\ty = 2\r\n}\r\n');
    expectSound(added.text, removed);
  });

  it('[hcl-edit] keeps <<- heredocs around an added nested block', () => {
    const src =
      'resource "sysdig_secure_rule_falco" "r" {\n  condition = <<-EOT\n    spawned_process\n    and shell_procs\n  EOT\n}\n';
    const result = addNestedBlock(
      src,
      { block: ['resource', 'sysdig_secure_rule_falco', 'r'] },
      'exceptions',
      { name: 'e', fields: ['proc.name'] },
    );
    expect(result.text).toBe(
      'resource "sysdig_secure_rule_falco" "r" {\n  condition = <<-EOT\n    spawned_process\n    and shell_procs\n  EOT\n\n  exceptions {\n    name   = "e"\n    fields = ["proc.name"]\n  }\n}\n',
    );
  });
});
