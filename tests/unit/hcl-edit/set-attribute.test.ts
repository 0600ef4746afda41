import { describe, expect, it } from 'vitest';
import { decodeValue, decodedToJs, parseHcl, type HclBlock } from '@/lib/hcl/index.ts';
import { setAttribute, type HclEditAddress } from '@/lib/hcl/edit/index.ts';
import { expectSound, readReal } from './helpers.ts';

const POLICIES = 'lib/workspace/sample/current/policies.tf';
const policy = (attribute: string, path: HclEditAddress['path'] = []): HclEditAddress => ({
  block: ['resource', 'sysdig_secure_custom_policy', 'production_shells'],
  path,
  attribute,
});

function valueOf(text: string, address: HclEditAddress): unknown {
  const parsed = parseHcl(text);
  let body = parsed.blocks.find(
    (b) => b.labels.map((l) => l.value).join('.') === address.block.slice(1).join('.'),
  )?.body;
  for (const step of address.path ?? [])
    body = body?.items.filter((i): i is HclBlock => i.kind === 'block' && i.type === step.block)[
      step.index
    ]?.body;
  const attribute = body?.items.find((i) => i.kind === 'attribute' && i.name === address.attribute);
  return attribute?.kind === 'attribute'
    ? decodedToJs(decodeValue(attribute.expression))
    : undefined;
}

describe('setAttribute', () => {
  const text = readReal(POLICIES);

  it('[hcl-edit] replaces only the value of an aligned attribute', () => {
    const result = setAttribute(text, policy('severity'), 5);
    expect(result.edits).toEqual([
      { range: { start: text.indexOf('= 2') + 2, end: text.indexOf('= 2') + 3 }, newText: '5' },
    ]);
    expect(result.text).toContain('  severity    = 5\n');
    expectSound(text, result);
  });

  it('[hcl-edit] escapes quotes, backslashes, interpolation and control characters', () => {
    const value = 'say "hi" \\ ${var.x} %{if} tab\there\nnew line é 🚀';
    const result = setAttribute(text, policy('description'), value);
    expect(result.text).toContain(
      'description = "say \\"hi\\" \\\\ $${var.x} %%{if} tab\\there\\nnew line é 🚀"\n',
    );
    expect(valueOf(result.text, policy('description'))).toBe(value);
    expectSound(text, result);
  });

  it('[hcl-edit] keeps the trailing comment of the line', () => {
    const src = 'resource "a" "b" {\n  name = "x" # keep me\n}\n';
    const result = setAttribute(src, { block: ['resource', 'a', 'b'], attribute: 'name' }, 'y');
    expect(result.text).toBe('resource "a" "b" {\n  name = "y" # keep me\n}\n');
  });

  it('[hcl-edit] appending one element to a multi-line list adds one line', () => {
    const address = policy('notification_channels');
    const result = setAttribute(text, address, [
      { expression: 'sysdig_secure_notification_channel_email.secops.id' },
      { expression: 'sysdig_secure_notification_channel_slack.secops.id' },
      { expression: 'sysdig_secure_notification_channel_webhook.siem.id' },
    ]);
    expect(result.edits).toHaveLength(1);
    expect(result.edits[0]?.newText).toBe(
      '    sysdig_secure_notification_channel_webhook.siem.id,\n',
    );
    expect(result.edits[0]?.range.start).toBe(result.edits[0]?.range.end);
    expectSound(text, result);
  });

  it('[hcl-edit] removing and changing list elements edits only those elements', () => {
    const src = [
      'resource "sysdig_secure_list" "l" {',
      '  items = [',
      '    "a", # first',
      '    "b",',
      '    "c"',
      '  ]',
      '}',
      '',
    ].join('\n');
    const address = { block: ['resource', 'sysdig_secure_list', 'l'], attribute: 'items' };
    const removed = setAttribute(src, address, ['a', 'c']);
    expect(removed.text).toBe(src.replace('    "b",\n', ''));
    const changed = setAttribute(src, address, ['A', 'b', 'c', 'd']);
    expect(changed.text).toContain('    "A", # first\n    "b",\n    "c",\n    "d",\n  ]');
    expectSound(src, changed);
  });

  it('[hcl-edit] re-renders a one-line list on one line and a multi-line list in fmt style', () => {
    const src = 'resource "x" "y" {\n  tags = ["a"]\n  multi = [\n    1, 2,\n  ]\n}\n';
    const one = setAttribute(src, { block: ['resource', 'x', 'y'], attribute: 'tags' }, ['a', 'b']);
    expect(one.text).toContain('  tags = ["a", "b"]\n');
    const multi = setAttribute(src, { block: ['resource', 'x', 'y'], attribute: 'multi' }, [3]);
    expect(multi.text).toContain('  multi = [\n    3,\n  ]\n');
  });

  it('[hcl-edit] writes objects multi-line with aligned keys at the attribute indentation', () => {
    const result = setAttribute(
      text,
      policy('name', [
        { block: 'actions', index: 0 },
        { block: 'capture', index: 0 },
      ]),
      {
        expression: 'var.capture_name',
      },
    );
    expect(result.text).toContain('      name                 = var.capture_name\n');
    const nested = setAttribute(text, policy('labels'), {
      team: 'secops',
      'cost-centre': 42,
      'a b': [true, null],
    });
    expect(nested.text).toContain(
      '  labels = {\n    team        = "secops"\n    cost-centre = 42\n    "a b"       = [true, null]\n  }\n',
    );
    expectSound(text, nested);
  });

  it('[hcl-edit] writes raw expressions mixed with literals', () => {
    const address = policy('notification_channels');
    const result = setAttribute(text, address, ['literal', { expression: 'var.channels[0]' }]);
    expectSound(text, result);
    expect(result.text).toContain('    "literal",\n    var.channels[0],\n');
  });

  it('[hcl-edit] keeps CRLF line breaks, tabs and Unicode', () => {
    const src = 'resource "x" "ü" {\r\n\tnäme = "ö"\r\n\tlist = [\r\n\t\t1,\r\n\t]\r\n}\r\n';
    const address = { block: ['resource', 'x', 'ü'], attribute: 'list' };
    const result = setAttribute(src, address, [1, 2]);
    expect(result.text).toBe(
      'resource "x" "ü" {\r\n\tnäme = "ö"\r\n\tlist = [\r\n\t\t1,\r\n\t\t2,\r\n\t]\r\n}\r\n',
    );
    const added = setAttribute(src, { ...address, attribute: 'obj' }, { a: 1 });
    expect(added.text).toContain('\t]\r\n\tobj = {\r\n\t\ta = 1\r\n\t}\r\n}\r\n');
  });

  it('[hcl-edit] edits inside a one-line block and replaces heredocs', () => {
    const src = 'resource "x" "y" {\n  a { b = 1 }\n  doc = <<EOT\nline\nEOT\n}\n';
    const inner = setAttribute(
      src,
      { block: ['resource', 'x', 'y'], path: [{ block: 'a', index: 0 }], attribute: 'b' },
      2,
    );
    expect(inner.text).toContain('  a { b = 2 }\n');
    const doc = setAttribute(
      src,
      { block: ['resource', 'x', 'y'], attribute: 'doc' },
      'two\nlines',
    );
    expect(doc.text).toBe('resource "x" "y" {\n  a { b = 1 }\n  doc = "two\\nlines"\n}\n');
  });

  it('[hcl-edit] adds the attribute when it is absent', () => {
    const result = setAttribute(text, policy('runbook_v2'), 'x');
    expect(result.text).toContain(
      '  runbook     = "https://wiki.example.com/runbooks/production-shell"\n  runbook_v2  = "x"\n',
    );
  });

  it('[hcl-edit] sets numbers, negatives, bools and null exactly', () => {
    for (const value of [0, -3, 1.5, 1e21, 1e-7, true, false, null]) {
      const result = setAttribute(text, policy('severity'), value);
      expect(valueOf(result.text, policy('severity'))).toBe(value);
    }
  });

  it('[hcl-edit] minimal edits never split a surrogate pair or a CRLF', () => {
    const src = 'resource "x" "y" {\r\n  name = "a🚀b"\r\n  list = [\r\n    1,\r\n  ]\r\n}\r\n';
    const emoji = setAttribute(src, { block: ['resource', 'x', 'y'], attribute: 'name' }, 'a🚁b');
    expect(emoji.edits).toEqual([
      { range: { start: src.indexOf('🚀'), end: src.indexOf('🚀') + 2 }, newText: '🚁' },
    ]);
    const list = setAttribute(src, { block: ['resource', 'x', 'y'], attribute: 'list' }, [1, 2]);
    for (const edit of list.edits) {
      expect(src[edit.range.start - 1] === '\r' && src[edit.range.start] === '\n').toBe(false);
      expect(edit.newText.startsWith('\n')).toBe(false);
    }
    expect(list.text).toContain('    1,\r\n    2,\r\n  ]');
  });
});
