import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findAttribute,
  listAttributes,
  listBlocks,
  parseHcl,
  printHcl,
  positionAt,
  type HclAttribute,
  type HclBlock,
} from '@/lib/hcl/index.ts';

const SEED = join(process.cwd(), '../shared/fixtures/seed-2018');

function firstError(text: string): [number, number, string] | null {
  const d = parseHcl(text).diagnostics[0];
  return d ? [d.range.start.line, d.range.start.column, d.message] : null;
}

describe('[hcl] parseHcl structure', () => {
  const text = [
    '# provider',
    'provider "sysdig" {}',
    '',
    'resource "sysdig_secure_list" shells {',
    '  name  = "shells" # the name',
    '  items = ["/bin/sh", var.extra]',
    '  rule { enabled = true }',
    '}',
    '',
  ].join('\n');
  const result = parseHcl(text, { filename: 'main.tf' });

  it('[hcl] exposes blocks with types, labels and brace offsets', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.blocks.map((b) => [b.type, b.labels.map((l) => [l.value, l.isQuoted])])).toEqual([
      ['provider', [['sysdig', true]]],
      [
        'resource',
        [
          ['sysdig_secure_list', true],
          ['shells', false],
        ],
      ],
    ]);
    const resource = result.blocks[1] as HclBlock;
    expect(text[resource.openBrace]).toBe('{');
    expect(text[resource.closeBrace]).toBe('}');
    expect(text.slice(resource.lineStart, resource.lineEnd)).toBe(
      text.slice(text.indexOf('resource'), text.lastIndexOf('}') + 2),
    );
  });

  it('[hcl] exposes attributes with name, expression, equals offset and full-line span', () => {
    const resource = result.blocks[1] as HclBlock;
    const name = resource.body.items[0] as HclAttribute;
    expect(name.kind).toBe('attribute');
    expect(name.name).toBe('name');
    expect(text[name.equalsOffset]).toBe('=');
    expect(name.equalsColumn).toBe(9);
    expect(positionAt(result.file.tokens.lineStarts, name.equalsOffset)).toEqual({
      offset: name.equalsOffset,
      line: 5,
      column: 9,
    });
    expect(text.slice(name.expression.start, name.expression.end)).toBe('"shells"');
    expect(text.slice(name.lineStart, name.lineEnd)).toBe('  name  = "shells" # the name\n');
    const items = resource.body.items[1] as HclAttribute;
    expect(items.expression.kind).toBe('tuple');
    const nested = resource.body.items[2] as HclBlock;
    expect(nested.kind).toBe('block');
    expect(nested.body.items.map((i) => i.kind === 'attribute' && i.name)).toEqual(['enabled']);
  });

  it('[hcl] offers helpers to navigate bodies', () => {
    const resource = listBlocks(result.file.body, 'resource')[0] as HclBlock;
    expect(listAttributes(resource.body).map((a) => a.name)).toEqual(['name', 'items']);
    expect(findAttribute(resource.body, 'items')?.expression.kind).toBe('tuple');
    expect(listBlocks(resource.body).map((b) => b.type)).toEqual(['rule']);
  });

  it('[hcl] prints the file back byte for byte', () => {
    expect(printHcl(result.file)).toBe(text);
  });

  it('[hcl] handles CRLF, BOM and Unicode identifiers losslessly', () => {
    const source = '\uFEFFvariable "ü" {\r\n  défaut = "é😀"\r\n}\r\n';
    const parsed = parseHcl(source);
    expect(parsed.diagnostics).toEqual([]);
    expect(printHcl(parsed.file)).toBe(source);
    const attr = (parsed.blocks[0] as HclBlock).body.items[0] as HclAttribute;
    expect(attr.name).toBe('défaut');
    expect(positionAt(parsed.file.tokens.lineStarts, attr.nameStart)).toMatchObject({
      line: 2,
      column: 3,
    });
  });

  it('[hcl] parses every expression form', () => {
    const source = [
      'a = x ? [for k, v in m : upper(v) if v != ""] : {for k, v in m : k => v...}',
      'b = provider::sysdig::parse(a.b[0].c, d.*.e, f[*].g, h.0, j...)',
      'c = -1 + 2 * 3 % 4 / 5 - (6) >= 7 && !z || w == "s${t}%{if u}y%{else}n%{endif}"',
      'd = <<-EOT',
      '    hello ${name}',
      '    %{~ for i in list ~}',
      '      ${i}',
      '    %{~ endfor ~}',
      '  EOT',
      'e = {a = 1, "b": 2, (c) = 3}',
      '',
    ].join('\n');
    const parsed = parseHcl(source);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.attributes.map((a) => a.expression.kind)).toEqual([
      'conditional',
      'function-call',
      'binary',
      'template',
      'object',
    ]);
  });
});

describe('[hcl] diagnostics match HCL', () => {
  it('[hcl] reports HCL messages at HCL positions', () => {
    expect(firstError('a = 1 +\n')).toEqual([1, 8, 'Invalid expression']);
    expect(firstError('a = {\n  b 1\n}\n')).toEqual([2, 5, 'Missing key/value separator']);
    expect(firstError('x {\n')).toEqual([1, 3, 'Unclosed configuration block']);
    expect(firstError('a = @\n')).toEqual([1, 5, 'Invalid character']);
    expect(firstError('a = 1 b = 2\n')).toEqual([1, 7, 'Missing newline after argument']);
    expect(firstError('a = 1\na = 2\n')).toEqual([2, 1, 'Attribute redefined']);
    expect(firstError('}\n')).toEqual([1, 1, 'Argument or block definition required']);
    // HCL reports where its recovery stopped (the `]`), not at the `=`.
    expect(firstError('a = x[1=]\n')).toEqual([1, 9, 'Missing close bracket on index']);
  });

  it('[hcl] explains Terraform 0.11 blocks inside objects at HCL position 23:20', () => {
    const text = readFileSync(join(SEED, 'snippets/policy_sample2.tf'), 'utf8');
    const parsed = parseHcl(text);
    const first = parsed.diagnostics[0];
    expect(first?.range.start).toMatchObject({ line: 23, column: 20 });
    expect(first?.message).toBe('Missing key/value separator');
    expect(first?.code).toBe('legacy-block-in-object');
    expect(first?.detail).toContain('Terraform 0.11 (HCL1)');
    expect(parsed.blocks.map((b) => b.labels.map((l) => l.value).join('.'))).toEqual([
      'sysdig_secure_policy.sample2',
    ]);
    const names = (parsed.blocks[0] as HclBlock).body.items.map((i) =>
      i.kind === 'attribute' ? i.name : i.type,
    );
    expect(names).toContain('falco_rule_name_regex');
  });

  it('[hcl] loads the 2018 repository with its HCL1 policy: every resource and attribute visible', () => {
    const read = (path: string): string => readFileSync(join(SEED, path), 'utf8');
    const text = [
      read('demo/demo_policies.tf'),
      read('snippets/policy_sample2.tf'),
      read('demo/demo_notification_channels.tf'),
    ].join('\n');
    const parsed = parseHcl(text);
    expect(
      parsed.diagnostics.map((d) => [d.range.start.line, d.range.start.column, d.code]),
    ).toEqual([[41, 20, 'legacy-block-in-object']]);
    expect(parsed.blocks.map((b) => b.labels.map((l) => l.value).join('.'))).toEqual([
      'sysdig_secure_policy.terminal-shell-in-container',
      'sysdig_secure_policy.sample2',
      'sysdig_secure_notification_channel.elastic-search',
    ]);
    const sample2 = parsed.blocks[1] as HclBlock;
    expect(listAttributes(sample2.body).map((a) => a.name)).toEqual([
      'name',
      'description',
      'severity',
      'enabled',
      'container_scope',
      'host_scope',
      'processes',
      'containers',
      'network',
      'filesystem',
      'syscalls',
      'notification_channels',
      'falco_rule_name_regex',
    ]);
  });

  it('[hcl] recovers blocks swallowed by an unclosed block, keeps unindented nested blocks', () => {
    const text = [
      'resource "a" "one" {',
      '  x = {',
      '}',
      'resource "a" "two" {',
      'y = 1',
      'inner {',
      'z = 2',
      '}',
      '}',
      'oops',
      'resource "a" "three" {',
      '}',
      '',
    ].join('\n');
    const parsed = parseHcl(text);
    expect(parsed.diagnostics.length).toBeGreaterThan(0);
    expect(parsed.blocks.map((b) => b.labels[1]?.value)).toEqual(['one', 'two', 'three']);
    const two = parsed.blocks[1] as HclBlock;
    expect(listBlocks(two.body).map((b) => b.type)).toEqual(['inner']);
  });

  it('[hcl] keeps the other top-level blocks visible after a syntax error', () => {
    const text = [
      'resource "a" "one" {',
      '  x = [1 2]',
      '}',
      '',
      'resource "a" "two" {',
      '  y = ',
      '}',
      '',
      '}',
      'resource "a" "three" {',
      '  z = 2',
      '}',
      '',
    ].join('\n');
    const parsed = parseHcl(text);
    expect(parsed.diagnostics.length).toBeGreaterThan(0);
    expect(parsed.blocks.map((b) => b.labels[1]?.value)).toEqual(['one', 'two', 'three']);
  });
});

describe('[hcl] pathological nesting', () => {
  const deep = `${'['.repeat(20000)}1${']'.repeat(20000)}`;

  it('[hcl] is refused with a diagnostic, not a crash', () => {
    const parsed = parseHcl(`a = ${deep}\n`);
    expect(parsed.diagnostics.map((d) => d.message)).toContain('Nesting too deep');
  });

  it('[hcl] after other blocks: they stay, and recovery does not crash either', () => {
    const text = `x {\n  a = 1\n}\nc {\n  y = ${deep}\n}\n`;
    const parsed = parseHcl(text);
    expect(parsed.diagnostics.map((d) => d.message)).toContain('Nesting too deep');
    expect(parsed.blocks.map((b) => b.type)).toEqual(['x']);
    expect(printHcl(parsed.file)).toBe(text);
  });
});
