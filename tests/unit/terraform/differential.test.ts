import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeValue, decodedToJs, parseHcl } from '@/lib/hcl/index.ts';
import { encodeJson, evaluateResource, loadModule } from '@/lib/terraform/index.ts';
import { memoryReader } from './module-from-disk.ts';

// Terraform itself is the oracle (DESIGN §4): every expression is evaluated by `terraform
// console` and by lib/terraform, and the two `jsonencode` texts must be identical.
// Known, accepted differences (not listed below): Terraform computes with 512-bit decimals, so
// `0.7 - 0.1` is 0.5999…96 there and 0.6 here, and integers beyond 2^53 lose precision here.
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
locals {
  names  = ["b", "a", "c", "a"]
  prefix = "rampart-\${var.env}"
  nested = { list = [{ id = 1, name = "x" }, { id = 2, name = "y" }] }
  rules  = { shell = { enabled = true, tags = ["a"] }, miner = { enabled = false, tags = [] } }
}
`;

const FILES: Record<string, string> = {
  'rules.yaml': '- rule: shell\n  desc: "a <b> & c"\n',
  'greeting.tpl':
    'Hello ${name}!%{ for i in items } [${i}]%{ endfor }%{ if admin } (admin)%{ endif }',
  'policy.json.tpl': '${jsonencode({ name = name, list = items })}',
};

const EXPRESSIONS = [
  '"plain"',
  '1.5',
  '-3',
  'null',
  'true',
  '[1, "a", null, [true]]',
  '{ b = 1, a = { d = [], c = {} } }',
  '"${var.port}"',
  '"port ${var.port} on ${true} ${1.25}"',
  '"%{ if var.env == "prod" }P%{ else }D%{ endif }"',
  '"%{ for i, n in local.names }${i}=${n};%{ endfor }"',
  '"<a> & \\"b\\" \\\\ \\t é 😀 \\u2028"',
  'var.tags.team',
  'var.tags["tier"]',
  'local.prefix',
  'local.nested.list[1].id',
  'local.nested.list[*].name',
  'local.nested.list.*.id',
  'local.nested',
  'path.module',
  'terraform.workspace',
  'file("${path.module}/rules.yaml")',
  'file("rules.yaml")',
  'templatefile("greeting.tpl", { name = "Ada", items = [1, "x"], admin = true })',
  'templatefile("${path.module}/policy.json.tpl", { name = "<p>", items = local.names })',
  'fileexists("rules.yaml")',
  'fileexists("nope.yaml")',
  'jsonencode({ b = "<a&b>", a = [1, 1.5, true, null], "c d" = "\\u2028" })',
  'jsonencode(local.rules)',
  'jsondecode("{\\"b\\": [1, \\"x\\"], \\"a\\": null}")',
  'lower("AbC É")',
  'upper("AbC é")',
  'trimspace("  x \\n")',
  'join(", ", local.names)',
  'join("-", ["a"], ["b", "c"])',
  'split(",", "a,b,,c")',
  'replace("a-b-c", "-", "_")',
  'replace("a1b22", "/[0-9]+/", "#")',
  'replace("hello world", "/(\\\\w+) (\\\\w+)/", "$2 $1")',
  'format("%s has %d items, %q, %v, 100%%", "x", 3, "q<", true)',
  'format("%05d|%-4s|%.2f|%x|%X|%o|%b", 42, "ab", 3.14159, 255, 255, 8, 5)',
  'format("%v", [1, "a"])',
  'format("%v", { b = 1, a = "x" })',
  'format("%#v", "s")',
  'format("%5s|%-5d|%+d", "ab", 7, 3)',
  'format("%t", false)',
  'tostring(5)',
  'tostring(1.5)',
  'tostring(true)',
  'tonumber("12")',
  'tonumber("1.25")',
  'tobool("true")',
  'tostring(null)',
  'concat(["a"], ["b", "c"])',
  'concat([["a"], ["b"]]...)',
  'merge({ a = 1, b = 1 }, { b = 2 }, null)',
  'length(local.names)',
  'length("héllo")',
  'length(var.tags)',
  'coalesce("", "x", "y")',
  'distinct(local.names)',
  'flatten([["a"], [["b"]], "c"])',
  'keys({ b = 1, a = 2 })',
  'values({ b = 1, a = 2 })',
  'lookup(var.tags, "team", "none")',
  'lookup(var.tags, "x", "none")',
  'contains(local.names, "c")',
  'contains(local.names, "z")',
  'element(local.names, 5)',
  'sort(local.names)',
  'sort(["b", "B", "a", "10", "9"])',
  'toset(local.names)',
  'toset([3, 1, 2, 1])',
  'tolist(["x"])',
  'tomap({ a = "b" })',
  'reverse([1, 2, 3])',
  'compact(["a", "", "b"])',
  'zipmap(["b", "a"], [1, 2])',
  'chomp("x\\n\\n")',
  'trimprefix("rampart-x", "rampart-")',
  'trimsuffix("x.tf", ".tf")',
  'startswith("abc", "ab")',
  'endswith("abc", "bc")',
  'substr("héllo", 1, 3)',
  'substr("hello", -3, -1)',
  '1 + 2 * 3 - 4 / 2',
  '7 % 3',
  '-7 % 3',
  '0.1 + 0.2',
  '10 / 4',
  '1e3',
  '2.50',
  '1e21',
  '1.5e22',
  '1e-7',
  '-1.5e-10',
  '1/8',
  '-0',
  '0 * -1',
  '"5" + 1',
  'var.port > 1024 && !false',
  '[1, "a"] == [1, "a"]',
  '1 == "1"',
  '{ a = 1 } != { a = 2 }',
  'var.env == "prod" ? "p" : "d"',
  '[for n in local.names : upper(n) if n != "a"]',
  '{ for k, v in var.tags : v => k }',
  '{ for n in local.names : n => n... }',
  '[for i, n in ["x", "y"] : "${i}${n}"]',
  '[for k, v in local.rules : k if v.enabled]',
  '{ for k, v in local.rules : k => length(v.tags) }',
  'try(local.nested.missing, "fallback")',
  'can(local.nested.missing)',
  'can(local.nested.list)',
  'local.nested.list[0]["name"]',
  'var.tags.*',
  'local.prefix[*]',
  '[for s in ["a"] : s][0]',
  '{ "a b" = 1, (var.env) = 2 }',
  'format("%s|%d", 1e3, 1e3)',
  '"${1e3}/${0.5}"',
  'length(keys(local.rules))',
  'merge(local.rules.shell, { extra = 1 })',
  'lookup(local.rules, "shell").enabled',
  'element(["x", "y"], 3)',
  'split("", "abc")',
  'coalesce(null, 0)',
  'distinct([[1], [1], [2]])',
  'flatten([[], [[]], [[1, [2]]]])',
  'sort(toset(["b", "a"]))',
  'join(",", toset(["b", "a", "b"]))',
  '"${var.env}${"-"}${upper(var.env)}"',
  'jsonencode("a\\u0001\\u0008\\u000c\\r<")',
  'jsondecode("[1.5e2, -0, \\"\\\\u003c\\"]")',
  'upper(join(",", [for k in keys(var.tags) : k]))',
  '[for x in local.nested.list : x.id * 2]',
  'jsonencode([["registry.example.com/debug-tools"]])',
];

// Expressions Terraform rejects: we must report an error diagnostic for each.
const INVALID = [
  'upper([1])',
  '1 + "x"',
  '"x${[1]}"',
  'local.nested.nope',
  'local.names[9]',
  'var.nope',
  'local.nope',
  '{ for n in ["a", "a"] : n => n }',
  'format("%d", "x")',
  'format("%s")',
  'lookup({}, "k")',
  'element([], 0)',
  'tonumber("x")',
  'file("nope.txt")',
  'jsondecode("{")',
  'coalesce(null, "")',
  '"${null}x"',
  '!1',
  'zipmap(["a"], [])',
  'templatefile("greeting.tpl", {})',
  'var.env ? 1 : 2',
  '[for x in 5 : x]',
  'split(",", [1])',
  'uper("x")',
  'one([1, 2])',
  'index(["a"], "b")',
  'slice([1], 0, 2)',
  'range(0, 5, -1)',
  'sum([])',
  'max()',
];

// Terraform functions Rampart leaves unknown: Terraform accepts them, we report info only.
const UNSUPPORTED = [
  'regex("a+", "caab")',
  'base64encode("x")',
  'yamlencode({ a = 1 })',
  'formatdate("YYYY", "2024-01-01T00:00:00Z")',
];

function hasTerraform(): boolean {
  try {
    execFileSync('terraform', ['version'], {
      stdio: 'ignore',
      env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' },
    });
    return true;
  } catch {
    return false;
  }
}

function withWorkingDir<T>(run: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'rampart-tf-'));
  try {
    writeFileSync(path.join(dir, 'main.tf'), SETUP);
    for (const [name, text] of Object.entries(FILES)) writeFileSync(path.join(dir, name), text);
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function terraformAccepts(dir: string, expression: string): boolean {
  try {
    execFileSync('terraform', ['console'], {
      cwd: dir,
      input: `${expression}\n`,
      stdio: ['pipe', 'ignore', 'ignore'],
      env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' },
      timeout: 60_000,
    });
    return true;
  } catch {
    return false;
  }
}

function terraformValues(): string[] {
  return withWorkingDir((dir) => {
    const input = `jsonencode([${EXPRESSIONS.map((e) => `jsonencode(${e})`).join(', ')}])\n`;
    const output = execFileSync('terraform', ['console'], {
      cwd: dir,
      input,
      encoding: 'utf8',
      env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' },
      timeout: 120_000,
    });
    // The console prints the string in HCL quoting: read it back with lib/hcl.
    const parsed = parseHcl(`v = ${output.trim()}\n`);
    const attribute = parsed.attributes[0];
    if (!attribute) throw new Error(`unexpected console output: ${output}`);
    return JSON.parse(decodedToJs(decodeValue(attribute.expression)) as string) as string[];
  });
}

function ourResults(expressions: readonly string[]) {
  const probes = expressions.map((e, i) => `  p${i} = ${e}`).join('\n');
  const model = loadModule({
    files: [
      { path: 'main.tf', text: SETUP },
      { path: 'probe.tf', text: `locals {\n${probes}\n}\n` },
    ],
    readFile: memoryReader(FILES),
  });
  return expressions.map((_, i) => evaluateResource(model, `local.p${i}`));
}

function ourValues(): string[] {
  const results = ourResults(EXPRESSIONS);
  return EXPRESSIONS.map((expression, i) => {
    const result = results[i] as ReturnType<typeof evaluateResource>;
    const errors = result.diagnostics.filter((d) => d.severity !== 'info');
    if (errors.length > 0)
      return `error in ${expression}: ${errors.map((d) => d.message).join('; ')}`;
    return encodeJson(result.config.value ?? null) ?? `unknown: ${expression}`;
  });
}

describe('[terraform] differential against terraform console', () => {
  it.skipIf(!hasTerraform())(
    '[terraform] evaluates every expression exactly as Terraform does',
    () => {
      const theirs = terraformValues();
      const ours = ourValues();
      const mismatches = EXPRESSIONS.map((expression, i) => ({
        expression,
        ours: ours[i],
        theirs: theirs[i],
      })).filter((row) => row.ours !== row.theirs);
      expect(mismatches).toEqual([]);
      expect(theirs).toHaveLength(EXPRESSIONS.length);
    },
  );

  it.skipIf(!hasTerraform())(
    '[terraform] reports an error wherever Terraform rejects an expression',
    () => {
      const accepted = withWorkingDir((dir) =>
        INVALID.filter((expression) => terraformAccepts(dir, expression)),
      );
      expect(accepted).toEqual([]);
      const results = ourResults(INVALID);
      const silent = INVALID.filter(
        (_, i) => !results[i]?.diagnostics.some((d) => d.severity === 'error'),
      );
      expect(silent).toEqual([]);
    },
  );

  it.skipIf(!hasTerraform())(
    '[terraform] leaves the Terraform functions it does not evaluate unknown, without an error',
    () => {
      const rejected = withWorkingDir((dir) =>
        UNSUPPORTED.filter((expression) => !terraformAccepts(dir, expression)),
      );
      expect(rejected).toEqual([]);
      for (const result of ourResults(UNSUPPORTED)) {
        expect(result.config.value).toMatchObject({ $unknown: true });
        expect(result.diagnostics.map((d) => `${d.severity}:${d.code}`)).toEqual([
          'info:unsupported-function',
        ]);
      }
    },
  );
});
