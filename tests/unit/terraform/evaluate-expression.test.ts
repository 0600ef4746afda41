import { describe, expect, it } from 'vitest';
import { evaluateResource, loadModule, type TConfigValue } from '@/lib/terraform/index.ts';
import { memoryReader } from './module-from-disk.ts';

const SETUP = `variable "env" {
  default = "prod"
}
variable "port" {
  type    = number
  default = 8080
}
variable "tags" {
  default = { team = "secops", tier = "web" }
}
variable "unset" {}
locals {
  names  = ["b", "a", "c", "a"]
  prefix = "rampart-\${var.env}"
  nested = { list = [{ id = 1 }, { id = 2 }] }
}
resource "sysdig_secure_notification_channel_email" "ops" {
  name = "ops"
}
`;

const FILES: Record<string, string> = {
  'mod/rules.yaml': '- rule: x\n',
  'mod/greeting.tpl': 'Hello ${name}!%{ for i in items } [${i}]%{ endfor }',
  'mod/bad.tpl': 'Hello ${var.env}',
};

function evaluate(expression: string): { value: TConfigValue | undefined; diagnostics: string[] } {
  const model = loadModule({
    files: [
      { path: 'mod/setup.tf', text: SETUP },
      { path: 'mod/probe.tf', text: `locals {\n  probe = ${expression}\n}\n` },
    ],
    readFile: memoryReader(FILES),
  });
  const result = evaluateResource(model, 'local.probe');
  return {
    value: result.config.value,
    diagnostics: result.diagnostics.map((d) => `${d.severity}:${d.code}:${d.line}:${d.column}`),
  };
}

function evaluateHint(expression: string): string | undefined {
  const model = loadModule({
    files: [{ path: 'probe.tf', text: `locals {\n  probe = ${expression}\n}\n` }],
  });
  return evaluateResource(model, 'local.probe').diagnostics[0]?.hint;
}

function value(expression: string): TConfigValue | undefined {
  const result = evaluate(expression);
  expect(result.diagnostics).toEqual([]);
  return result.value;
}

describe('[terraform] evaluate expressions', () => {
  it('[terraform] evaluates literals, templates and directives', () => {
    expect(value('"plain"')).toBe('plain');
    expect(value('1.5')).toBe(1.5);
    expect(value('-3')).toBe(-3);
    expect(value('null')).toBe(null);
    expect(value('"${var.port}"')).toBe(8080);
    expect(value('"port ${var.port} on ${true}"')).toBe('port 8080 on true');
    expect(value('"%{ if var.env == "prod" }P%{ else }D%{ endif }"')).toBe('P');
    expect(value('"%{ for i, n in local.names }${i}=${n};%{ endfor }"')).toBe('0=b;1=a;2=c;3=a;');
    expect(value('<<-EOT\n    ${local.prefix}\n    done\n  EOT')).toBe('rampart-prod\ndone\n');
    expect(value('"$${literal}"')).toBe('${literal}');
  });

  it('[terraform] resolves var, local, path and terraform.workspace', () => {
    expect(value('var.tags.team')).toBe('secops');
    expect(value('var.tags["tier"]')).toBe('web');
    expect(value('local.prefix')).toBe('rampart-prod');
    expect(value('local.nested.list[1].id')).toBe(2);
    expect(value('local.nested.list[*].id')).toEqual([1, 2]);
    expect(value('local.nested.list.*.id')).toEqual([1, 2]);
    expect(value('path.module')).toBe('mod');
    expect(value('path.root')).toBe('mod');
    expect(value('terraform.workspace')).toBe('default');
  });

  it('[terraform] reads files through the injected readFile', () => {
    expect(value('file("${path.module}/rules.yaml")')).toBe('- rule: x\n');
    expect(value('file("rules.yaml")')).toBe('- rule: x\n');
    expect(value('"${file("${path.module}/rules.yaml")}"')).toBe('- rule: x\n');
    expect(value('fileexists("mod/nope")')).toBe(false);
    expect(
      value('templatefile("${path.module}/greeting.tpl", { name = "Ada", items = [1, 2] })'),
    ).toBe('Hello Ada! [1] [2]');
    const missing = evaluate('file("${path.module}/missing.yaml")');
    expect(missing.value).toMatchObject({ $unknown: true });
    expect(missing.diagnostics).toEqual(['error:missing-file:2:16']);
    const bad = evaluate('templatefile("bad.tpl", {})');
    expect(bad.diagnostics).toEqual(['error:undefined-template-variable:2:11']);
  });

  it('[terraform] encodes JSON exactly like Terraform', () => {
    expect(value('jsonencode({ b = "<a&b>", a = [1, 1.5, true, null], "c d" = "\\u2028" })')).toBe(
      '{"a":[1,1.5,true,null],"b":"\\u003ca\\u0026b\\u003e","c d":"\\u2028"}',
    );
    expect(value('jsonencode([["registry.example.com/debug-tools"]])')).toBe(
      '[["registry.example.com/debug-tools"]]',
    );
    expect(value('jsondecode("{\\"a\\": [1, \\"x\\"]}")')).toEqual({ a: [1, 'x'] });
  });

  it('[terraform] calls string functions', () => {
    expect(value('lower("AbC")')).toBe('abc');
    expect(value('upper("AbC")')).toBe('ABC');
    expect(value('trimspace("  x \\n")')).toBe('x');
    expect(value('join(", ", local.names)')).toBe('b, a, c, a');
    expect(value('split(",", "a,b,,c")')).toEqual(['a', 'b', '', 'c']);
    expect(value('replace("a-b-c", "-", "_")')).toBe('a_b_c');
    expect(value('replace("a1b22", "/[0-9]+/", "#")')).toBe('a#b#');
    expect(value('format("%s has %d items, %q, %v, 100%%", "x", 3, "q", true)')).toBe(
      'x has 3 items, "q", true, 100%',
    );
    expect(value('format("%05d|%-4s|%.2f", 42, "ab", 3.14159)')).toBe('00042|ab  |3.14');
    expect(value('tostring(5)')).toBe('5');
    expect(value('tonumber("12")')).toBe(12);
    expect(value('tobool("true")')).toBe(true);
  });

  it('[terraform] calls collection functions', () => {
    expect(value('concat(["a"], ["b", "c"])')).toEqual(['a', 'b', 'c']);
    expect(value('merge({ a = 1, b = 1 }, { b = 2 })')).toEqual({ a: 1, b: 2 });
    expect(value('length(local.names)')).toBe(4);
    expect(value('length("héllo")')).toBe(5);
    expect(value('length(var.tags)')).toBe(2);
    expect(value('coalesce("", null, "x")')).toBe('x');
    expect(value('distinct(local.names)')).toEqual(['b', 'a', 'c']);
    expect(value('flatten([["a"], [["b"]], "c"])')).toEqual(['a', 'b', 'c']);
    expect(value('keys({ b = 1, a = 2 })')).toEqual(['a', 'b']);
    expect(value('values({ b = 1, a = 2 })')).toEqual([2, 1]);
    expect(value('lookup(var.tags, "team", "none")')).toBe('secops');
    expect(value('lookup(var.tags, "x", "none")')).toBe('none');
    expect(value('contains(local.names, "c")')).toBe(true);
    expect(value('element(local.names, 5)')).toBe('a');
    expect(value('sort(local.names)')).toEqual(['a', 'a', 'b', 'c']);
    expect(value('toset(local.names)')).toEqual(['a', 'b', 'c']);
    expect(value('tolist(["x"])')).toEqual(['x']);
    expect(value('tomap({ a = "b" })')).toEqual({ a: 'b' });
    expect(value('concat([["a"], ["b"]]...)')).toEqual(['a', 'b']);
    expect(evaluate('concat(local.names...)').diagnostics).toEqual([
      'error:invalid-function-argument:2:11',
    ]);
  });

  it('[terraform] evaluates operators, conditionals and for expressions', () => {
    expect(value('1 + 2 * 3 - 4 / 2')).toBe(5);
    expect(value('7 % 3')).toBe(1);
    expect(value('"5" + 1')).toBe(6);
    expect(value('var.port > 1024 && !false')).toBe(true);
    expect(value('[1, "a"] == [1, "a"]')).toBe(true);
    expect(value('1 == "1"')).toBe(false);
    expect(value('var.env == "prod" ? "p" : "d"')).toBe('p');
    expect(value('[for n in local.names : upper(n) if n != "a"]')).toEqual(['B', 'C']);
    expect(value('{ for k, v in var.tags : v => k }')).toEqual({ secops: 'team', web: 'tier' });
    expect(value('{ for n in local.names : n => n... }')).toEqual({
      a: ['a', 'a'],
      b: ['b'],
      c: ['c'],
    });
    expect(value('[for i, n in ["x", "y"] : "${i}${n}"]')).toEqual(['0x', '1y']);
  });

  it('[terraform] makes resource, data, count and each references unknown, and propagates unknowns', () => {
    expect(value('sysdig_secure_notification_channel_email.ops.id')).toEqual({
      $unknown: true,
      references: ['sysdig_secure_notification_channel_email.ops.id'],
      expression: 'sysdig_secure_notification_channel_email.ops.id',
    });
    expect(value('[sysdig_secure_notification_channel_email.ops.id, "x"]')).toEqual([
      {
        $unknown: true,
        references: ['sysdig_secure_notification_channel_email.ops.id'],
        expression: 'sysdig_secure_notification_channel_email.ops.id',
      },
      'x',
    ]);
    expect(value('"id-${data.sysdig_secure_notification_channel.x.id}-${var.env}"')).toEqual({
      $unknown: true,
      references: ['data.sysdig_secure_notification_channel.x.id'],
      expression: '"id-${data.sysdig_secure_notification_channel.x.id}-${var.env}"',
    });
    expect(value('upper(sysdig_secure_notification_channel_email.ops.name)')).toMatchObject({
      $unknown: true,
      references: ['sysdig_secure_notification_channel_email.ops.name'],
    });
    expect(value('jsonencode([module.m.out])')).toMatchObject({
      $unknown: true,
      references: ['module.m.out'],
    });
    expect(value('length([sysdig_secure_notification_channel_email.ops.id])')).toBe(1);
    expect(value('var.unset')).toEqual({
      $unknown: true,
      references: ['var.unset'],
      expression: 'var.unset',
    });
    expect(value('var.unset == "x" ? 1 : 2')).toMatchObject({
      $unknown: true,
      references: ['var.unset'],
    });
    expect(value('true || var.unset')).toBe(true);
    expect(value('[for x in data.d.n.items : x]')).toMatchObject({
      $unknown: true,
      references: ['data.d.n.items'],
    });
    expect(value('try(local.nested.missing, "fallback")')).toBe('fallback');
    expect(value('can(local.nested.missing)')).toBe(false);
  });

  it('[terraform] reports errors with positions instead of throwing', () => {
    expect(evaluate('var.nope').diagnostics).toEqual(['error:undefined-variable:2:11']);
    expect(evaluate('local.nope').diagnostics).toEqual(['error:undefined-local:2:11']);
    expect(evaluate('upper([1])').diagnostics).toEqual(['error:invalid-function-argument:2:11']);
    expect(evaluate('1 + "x"').diagnostics).toEqual(['error:invalid-operand:2:15']);
    expect(evaluate('"x${[1]}"').diagnostics).toEqual(['error:invalid-template-value:2:15']);
    expect(value('"${[1]}"')).toEqual([1]);
    expect(evaluate('local.nested.nope').diagnostics).toEqual(['error:invalid-access:2:11']);
    expect(evaluate('local.names[9]').diagnostics).toEqual(['error:invalid-access:2:23']);
    expect(evaluate('uper("x")').diagnostics).toEqual(['error:unknown-function:2:11']);
    expect(evaluateHint('uper("x")')).toBe('Did you mean `upper`?');
    expect(evaluate('regex("a", "a")').diagnostics).toEqual(['info:unsupported-function:2:11']);
    expect(evaluate('regex("a", "a")').value).toMatchObject({
      $unknown: true,
      expression: 'regex("a", "a")',
    });
    expect(evaluate('{ for n in ["a", "a"] : n => n }').diagnostics).toEqual([
      'error:duplicate-for-key:2:35',
    ]);
    expect(evaluate('format("%d", "x")').diagnostics).toEqual([
      'error:invalid-function-argument:2:11',
    ]);
  });

  it('[terraform] reports cyclic locals', () => {
    const model = loadModule({
      files: [{ path: 'main.tf', text: 'locals {\n  a = local.b\n  b = local.a\n}\n' }],
    });
    const result = evaluateResource(model, 'local.a');
    expect(result.config.value).toMatchObject({ $unknown: true });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['cyclic-local']);
  });
});
