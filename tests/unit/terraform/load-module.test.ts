import { describe, expect, it } from 'vitest';
import { loadModule } from '@/lib/terraform/index.ts';
import { sharedPath } from '../../helpers/shared-fixtures.ts';
import { moduleFromDisk, moduleOf } from './module-from-disk.ts';

const MAIN = `terraform {
  required_providers {
    sysdig = {
      source  = "sysdiglabs/sysdig"
      version = ">= 3.0.0"
    }
  }
}

provider "sysdig" {
  sysdig_secure_api_token = "<your_token>"
}

provider "sysdig" {
  alias = "eu"
}

variable "env" {
  type        = string
  default     = "prod"
  description = "Environment."
}

variable "token" {
  type      = string
  sensitive = true
}

locals {
  prefix = "rampart-\${var.env}"
  count  = 3
}

resource "sysdig_secure_list" "shells" {
  name  = "shells"
  items = ["sh", "bash"]
}

resource "sysdig_secure_custom_policy" "p" {
  name = local.prefix
  actions {
    container = "stop"
    capture {
      seconds_before_event = 5
    }
  }
  actions {
    container = "pause"
  }
}

data "sysdig_secure_notification_channel" "ops" {
  name = "ops"
}

output "policy_id" {
  value = sysdig_secure_custom_policy.p.id
}

module "child" {
  source = "./child"
}

import {
  to = sysdig_secure_list.shells
  id = "123"
}
`;

describe('[terraform] loadModule', () => {
  it('[terraform] indexes every kind of top-level block with its address', () => {
    const model = moduleOf(MAIN);
    expect(model.path).toBe('.');
    expect(model.resources.map((r) => r.address)).toEqual([
      'sysdig_secure_list.shells',
      'sysdig_secure_custom_policy.p',
    ]);
    expect(model.dataSources.map((r) => r.address)).toEqual([
      'data.sysdig_secure_notification_channel.ops',
    ]);
    expect(model.variables.map((v) => v.address)).toEqual(['var.env', 'var.token']);
    expect(model.locals.map((l) => l.address)).toEqual(['local.prefix', 'local.count']);
    expect(model.providers.map((p) => p.address)).toEqual([
      'provider.sysdig',
      'provider.sysdig.eu',
    ]);
    expect(model.outputs.map((o) => o.address)).toEqual(['output.policy_id']);
    expect(model.modules.map((m) => m.address)).toEqual(['module.child']);
    expect(model.imports).toHaveLength(1);
    expect(model.imports[0]?.attributes.id?.value).toBe('123');
    expect(model.requiredProviders).toEqual([
      { name: 'sysdig', source: 'sysdiglabs/sysdig', version: '>= 3.0.0' },
    ]);
    expect(model.blocks.map((b) => b.type)).toEqual([
      'terraform',
      'provider',
      'provider',
      'variable',
      'variable',
      'locals',
      'resource',
      'resource',
      'data',
      'output',
      'module',
      'import',
    ]);
    expect(model.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('[terraform] keeps ranges, attribute expressions, decoded literals and nested blocks', () => {
    const model = moduleOf(MAIN);
    const list = model.byAddress.get('sysdig_secure_list.shells');
    expect(list?.file).toBe('main.tf');
    expect(list?.range).toMatchObject({ line: 34, column: 1, endLine: 37, endColumn: 2 });
    const items = list?.block.attributes.items;
    expect(items?.isLiteral).toBe(true);
    expect(items?.value).toEqual(['sh', 'bash']);
    expect(items?.source).toBe('["sh", "bash"]');
    expect(items?.valueRange).toMatchObject({ line: 36, column: 11, endLine: 36, endColumn: 25 });
    expect(items?.expression.kind).toBe('tuple');
    const policy = model.byAddress.get('sysdig_secure_custom_policy.p');
    expect(policy?.block.attributes.name?.isLiteral).toBe(false);
    expect(policy?.block.attributes.name?.value).toBeUndefined();
    expect(policy?.block.blocks.map((b) => b.type)).toEqual(['actions', 'actions']);
    expect(policy?.block.blocks[0]?.blocks[0]?.attributes.seconds_before_event?.value).toBe(5);
    expect(policy?.block.blocks[0]?.blocks[0]?.range.line).toBe(43);
  });

  it('[terraform] models variables and provider attributes', () => {
    const model = moduleOf(MAIN);
    expect(model.variables[0]).toMatchObject({
      name: 'env',
      type: 'string',
      isSensitive: false,
      description: 'Environment.',
    });
    expect(model.variables[0]?.default?.value).toBe('prod');
    expect(model.variables[1]).toMatchObject({
      name: 'token',
      isSensitive: true,
      description: null,
    });
    expect(model.variableValues.get('env')).toEqual({ value: 'prod', source: 'default' });
    expect(model.variableValues.has('token')).toBe(false);
    expect(model.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'unset-variable',
        severity: 'info',
        address: 'var.token',
        line: 24,
      }),
    );
    const provider = model.byAddress.get('provider.sysdig');
    expect(provider?.block.attributes.sysdig_secure_api_token?.value).toBe('<your_token>');
  });

  it('[terraform] reports a duplicate address at both positions', () => {
    const model = loadModule({
      files: [
        { path: 'a.tf', text: 'resource "sysdig_secure_list" "x" {\n  name = "a"\n}\n' },
        { path: 'b.tf', text: '\n\nresource "sysdig_secure_list" "x" {\n  name = "b"\n}\n' },
      ],
    });
    const duplicates = model.diagnostics.filter((d) => d.code === 'duplicate-address');
    expect(duplicates.map((d) => [d.file, d.line, d.column])).toEqual([
      ['a.tf', 1, 1],
      ['b.tf', 3, 1],
    ]);
    expect(duplicates[0]?.message).toContain('b.tf:3:1');
    expect(duplicates[1]?.message).toContain('a.tf:1:1');
    expect(duplicates[0]?.address).toBe('sysdig_secure_list.x');
    expect(model.resources).toHaveLength(2);
    expect(model.byAddress.get('sysdig_secure_list.x')?.file).toBe('a.tf');
  });

  it('[terraform] reports duplicate locals, variables and unaliased providers', () => {
    const model = loadModule({
      files: [
        { path: 'a.tf', text: 'locals {\n  a = 1\n}\nvariable "v" {}\nprovider "sysdig" {}\n' },
        { path: 'b.tf', text: 'locals {\n  a = 2\n}\nvariable "v" {}\nprovider "sysdig" {}\n' },
      ],
    });
    const duplicates = model.diagnostics
      .filter((d) => d.code === 'duplicate-address')
      .map((d) => `${d.address}@${d.file}:${d.line}`);
    expect(duplicates).toEqual([
      'local.a@a.tf:2',
      'var.v@a.tf:4',
      'provider.sysdig@a.tf:5',
      'local.a@b.tf:2',
      'var.v@b.tf:4',
      'provider.sysdig@b.tf:5',
    ]);
  });

  it('[terraform] takes variable values from defaults, terraform.tfvars, *.auto.tfvars in lexical order, then overrides', () => {
    const files = [
      {
        path: 'env/vars.tf',
        text: 'variable "a" {\n  default = "default"\n}\nvariable "b" {\n  default = "default"\n}\nvariable "c" {\n  type = number\n}\nvariable "d" {}\nvariable "e" {\n  type = bool\n}\n',
      },
      {
        path: 'env/terraform.tfvars',
        text: 'a = "tfvars"\nb = "tfvars"\nc = "7"\nundeclared = 1\n',
      },
      { path: 'env/z.auto.tfvars', text: 'b = "z-auto"\n' },
      { path: 'env/a.auto.tfvars', text: 'b = "a-auto"\nd = ["x"]\n' },
      { path: 'env/m.auto.tfvars.json', text: '{"e": "true"}' },
      { path: 'env/other.tfvars', text: 'a = "ignored: only passed with -var-file"\n' },
    ];
    const model = loadModule({ files, tfvars: { d: ['override'] } });
    expect(model.path).toBe('env');
    expect(Object.fromEntries([...model.variableValues].map(([k, v]) => [k, v]))).toEqual({
      a: { value: 'tfvars', source: 'env/terraform.tfvars' },
      b: { value: 'z-auto', source: 'env/z.auto.tfvars' },
      c: { value: 7, source: 'env/terraform.tfvars' },
      d: { value: ['override'], source: 'tfvars' },
      e: { value: true, source: 'env/m.auto.tfvars.json' },
    });
    expect(model.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'undeclared-variable',
        severity: 'warning',
        file: 'env/terraform.tfvars',
        line: 4,
      }),
    );
  });

  it('[terraform] reports tfvars that are not literal or do not convert', () => {
    const model = loadModule({
      files: [
        { path: 'v.tf', text: 'variable "n" {\n  type = number\n}\nvariable "s" {}\n' },
        { path: 'terraform.tfvars', text: 'n = "abc"\ns = var.n\n' },
      ],
    });
    const codes = model.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.code}:${d.line}`);
    expect(codes).toEqual(['invalid-variable-value:1', 'invalid-tfvars:2']);
  });

  it('[terraform] reads .tf.json files and skips other files', () => {
    const model = loadModule({
      files: [
        {
          path: 'm/main.tf.json',
          text: '{\n  "//": "generated",\n  "resource": {\n    "c": {\n      "d": { "x": "${a.b.id}", "n": [1, 2] }\n    }\n  }\n}\n',
        },
        { path: 'm/README.md', text: '# hi' },
        { path: 'm/main.tf', text: 'resource "a" "b" {}\n' },
        { path: 'm/broken.tf.json', text: '{"resource": ' },
      ],
    });
    expect(model.resources.map((r) => r.address)).toEqual(['a.b', 'c.d']);
    expect(model.files.map((f) => f.kind)).toEqual(['other', 'tf-json', 'tf', 'tf-json']);
    const json = model.byAddress.get('c.d');
    expect(json?.range).toMatchObject({ line: 5, column: 7 });
    expect(json?.block.attributes.n?.value).toEqual([1, 2]);
    expect(
      model.references.map((r) => `${r.from} ${r.text} ${r.range.line}:${r.range.column}`),
    ).toEqual(['c.d a.b.id 5:22']);
    expect(model.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual([
      'invalid-json m/broken.tf.json:1:14',
    ]);
  });

  it('[terraform] reports blocks with the wrong labels, top-level attributes and syntax errors without losing blocks', () => {
    const model = moduleOf(
      'resource "only_type" {\n}\nstray = 1\nresource "a" "ok" {\n  x = \n}\nresource "b" "after" {}\n',
    );
    expect(model.resources.map((r) => r.address)).toEqual(['a.ok', 'b.after']);
    const codes = model.diagnostics.map((d) => `${d.code}:${d.line}`);
    expect(codes).toContain('invalid-block:1');
    expect(codes).toContain('unexpected-attribute:3');
    expect(model.diagnostics.some((d) => d.code === 'invalid-expression' && d.line === 5)).toBe(
      true,
    );
  });

  it('[terraform] uses the given model and root paths', () => {
    const model = loadModule({
      files: [{ path: 'x/main.tf', text: '' }],
      modulePath: 'custom',
      rootPath: 'root',
    });
    expect([model.path, model.rootPath]).toEqual(['custom', 'root']);
    expect(
      loadModule({
        files: [
          { path: 'a/main.tf', text: '' },
          { path: 'b/main.tf', text: '' },
        ],
      }).path,
    ).toBe('.');
  });

  it('[terraform] loads the 2018 snippets, legacy HCL1 syntax included, and reports their defects', () => {
    const model = moduleFromDisk(sharedPath('fixtures/seed-2018'), 'snippets');
    expect(model.resources.map((r) => r.address)).toEqual([
      'sysdig_secure_notification_channel.sample-email',
      'sysdig_secure_policies_priority.priority',
      'sysdig_secure_policy.sample2',
      'sysdig_secure_user_rules_file.rules-traefik',
    ]);
    expect(model.providers.map((p) => p.address)).toEqual(['provider.sysdig']);
    expect(model.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual([
      'dangling-reference snippets/policies_priority.tf:6:7',
      'legacy-block-in-object snippets/policy_sample2.tf:23:20',
      'dangling-reference snippets/policy_sample2.tf:51:29',
    ]);
    expect(model.diagnostics[0]?.hint).toBe('Did you mean `sysdig_secure_policy.sample2`?');
    const sample2 = model.byAddress.get('sysdig_secure_policy.sample2');
    expect(sample2?.block.attributes.processes?.value).toEqual({
      default: 'accept',
      whitelist: ['mysql', 'apache'],
      blacklist: ['ssh'],
    });
  });
});
