import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateAttribute, evaluateResource, loadModule } from '@/lib/terraform/index.ts';
import { sharedPath } from '../../helpers/shared-fixtures.ts';
import { moduleFromDisk, moduleOf } from './module-from-disk.ts';

const SAMPLE = path.join(process.cwd(), 'lib/workspace/sample');

describe('[terraform] evaluateResource', () => {
  it('[terraform] evaluates the current sample to HCL-JSON shaped config with unknown ids', () => {
    const model = moduleFromDisk(SAMPLE, 'current');
    const policy = evaluateResource(model, 'sysdig_secure_custom_policy.production_shells');
    expect(policy.diagnostics).toEqual([]);
    expect(policy.config).toEqual({
      name: 'Production shells',
      description: 'Interactive shells in production containers.',
      severity: 2,
      enabled: true,
      scope: 'kubernetes.namespace.name = "production"',
      runbook: 'https://wiki.example.com/runbooks/production-shell',
      notification_channels: [
        {
          $unknown: true,
          references: ['sysdig_secure_notification_channel_email.secops.id'],
          expression: 'sysdig_secure_notification_channel_email.secops.id',
        },
        {
          $unknown: true,
          references: ['sysdig_secure_notification_channel_slack.secops.id'],
          expression: 'sysdig_secure_notification_channel_slack.secops.id',
        },
      ],
      rules: [
        {
          name: {
            $unknown: true,
            references: ['sysdig_secure_rule_falco.shell_in_production.name'],
            expression: 'sysdig_secure_rule_falco.shell_in_production.name',
          },
          enabled: true,
        },
      ],
      actions: [
        {
          container: 'stop',
          capture: [{ name: 'production-shell', seconds_before_event: 5, seconds_after_event: 15 }],
        },
      ],
    });
    const rule = evaluateResource(model, 'sysdig_secure_rule_falco.shell_in_production');
    expect(rule.config.exceptions).toEqual([
      {
        name: 'debug_images',
        fields: ['container.image.repository'],
        comps: ['='],
        values: '[["registry.example.com/debug-tools"]]',
      },
    ]);
    expect(
      evaluateResource(model, 'sysdig_secure_notification_channel_slack.secops').config.url,
    ).toBe('https://hooks.slack.example.com/services/T0000/B0000/sample');
  });

  it('[terraform] evaluates the 2018 demo, including file() of path.module', () => {
    const model = moduleFromDisk(sharedPath('fixtures/seed-2018'), 'demo');
    const rules = evaluateResource(model, 'sysdig_secure_user_rules_file.rules');
    expect(rules.diagnostics).toEqual([]);
    expect(rules.config.content).toContain('- rule: Terminal shell in container');
    const policy = evaluateResource(model, 'sysdig_secure_policy.terminal-shell-in-container');
    expect(policy.config.actions).toEqual([
      { capture: [{ seconds_before_event: 10, seconds_after_event: 20 }] },
    ]);
    expect(policy.config.notification_channels).toEqual([
      {
        $unknown: true,
        references: ['sysdig_secure_notification_channel.webhook.id'],
        expression: 'sysdig_secure_notification_channel.webhook.id',
      },
      {
        $unknown: true,
        references: ['sysdig_secure_notification_channel.elastic-search.id'],
        expression: 'sysdig_secure_notification_channel.elastic-search.id',
      },
    ]);
  });

  it('[terraform] reports the missing rules file of the traefik snippet', () => {
    const model = moduleFromDisk(sharedPath('fixtures/seed-2018'), 'snippets');
    const result = evaluateResource(model, 'sysdig_secure_user_rules_file.rules-traefik');
    expect(result.config.content).toMatchObject({ $unknown: true });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'missing-file',
        file: 'snippets/rules_traefik.tf',
        line: 4,
        column: 19,
        address: 'sysdig_secure_user_rules_file.rules-traefik',
        attribute: 'content',
      }),
    ]);
    expect(result.diagnostics[0]?.message).toContain('snippets/rules-traefik.yaml');
    const token = model.byAddress.get('provider.sysdig')?.block.attributes.sysdig_secure_api_token;
    expect(
      token &&
        evaluateAttribute(model, 'snippets/provider_with_token.tf', token, 'provider.sysdig').value,
    ).toBe('<your_token>');
  });

  it('[terraform] expands a known count or for_each into instances, and treats an unknown one as one resource', () => {
    const model = moduleOf(`resource "a" "one" {
  count = 1
  name  = "x-\${count.index}"
}
resource "a" "many" {
  count = 3
  name  = "x-\${count.index}"
}
resource "a" "each" {
  for_each = toset(["y", "x", "y"])
  name     = each.key
  lifecycle {
    ignore_changes = [name]
  }
  depends_on = [a.one]
}
resource "a" "map" {
  for_each = { b = 2, a = 1 }
  size     = each.value
}
resource "a" "unknown" {
  for_each = data.x.y.names
  name     = each.key
}
data "x" "y" {}
resource "a" "none" {
  count = 0
}
`);
    expect(evaluateResource(model, 'a.one')).toEqual({
      config: { name: 'x-0' },
      instances: [{ key: 0, config: { name: 'x-0' } }],
      diagnostics: [],
    });
    const many = evaluateResource(model, 'a.many');
    expect(many.config.name).toMatchObject({ $unknown: true, references: ['count.index'] });
    expect(many.instances).toEqual([0, 1, 2].map((key) => ({ key, config: { name: `x-${key}` } })));
    expect(many.diagnostics).toEqual([]);
    const each = evaluateResource(model, 'a.each');
    expect(each.config).toEqual({
      name: { $unknown: true, references: ['each.key'], expression: 'each.key' },
    });
    expect(each.instances).toEqual([
      { key: 'x', config: { name: 'x' } },
      { key: 'y', config: { name: 'y' } },
    ]);
    expect(evaluateResource(model, 'a.map').instances).toEqual([
      { key: 'a', config: { size: 1 } },
      { key: 'b', config: { size: 2 } },
    ]);
    const unknown = evaluateResource(model, 'a.unknown');
    expect(unknown.instances).toBeUndefined();
    expect(unknown.diagnostics).toEqual([
      expect.objectContaining({ severity: 'info', code: 'count-not-expanded', line: 22 }),
    ]);
    const none = evaluateResource(model, 'a.none');
    expect(none.instances).toEqual([]);
    expect(none.diagnostics.map((d) => `${d.severity}:${d.code}`)).toEqual(['info:count-zero']);
    expect(model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('[terraform] expands dynamic blocks with a known for_each', () => {
    const model = moduleOf(`locals {
  rules = { a = true, b = false }
}
data "x" "y" {}
resource "sysdig_secure_custom_policy" "p" {
  dynamic "rules" {
    for_each = local.rules
    content {
      name    = rules.key
      enabled = rules.value
    }
  }
  dynamic "actions" {
    for_each = data.x.y.list
    iterator = act
    content {
      container = act.value
    }
  }
}
`);
    expect(model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const result = evaluateResource(model, 'sysdig_secure_custom_policy.p');
    expect(result.diagnostics).toEqual([]);
    expect(result.config.rules).toEqual([
      { name: 'a', enabled: true },
      { name: 'b', enabled: false },
    ]);
    expect(result.config.actions).toMatchObject({ $unknown: true, references: ['data.x.y.list'] });
  });

  it('[terraform] reports an unknown address with a hint', () => {
    const model = moduleOf('resource "sysdig_secure_list" "shells" {}\n');
    const result = evaluateResource(model, 'sysdig_secure_list.shell');
    expect(result.config).toEqual({});
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'unknown-address',
        hint: 'Did you mean `sysdig_secure_list.shells`?',
      }),
    ]);
  });

  it('[terraform] evaluates with tfvars overrides', () => {
    const model = loadModule({
      files: [
        {
          path: 'main.tf',
          text: 'variable "url" {}\nresource "sysdig_secure_notification_channel_webhook" "w" {\n  url = "${var.url}/events"\n}\n',
        },
        { path: 'prod.auto.tfvars', text: 'url = "https://siem"\n' },
      ],
    });
    expect(evaluateResource(model, 'sysdig_secure_notification_channel_webhook.w').config.url).toBe(
      'https://siem/events',
    );
  });
});

describe('[terraform] evaluateResource on other blocks', () => {
  it('[terraform] evaluates providers, outputs, module calls, data sources and variables', () => {
    const model = moduleOf(`variable "token" {
  type      = map(string)
  default   = { a = "b" }
  sensitive = true
  validation {
    condition     = length(var.token) > 0
    error_message = "Required."
  }
}
provider "sysdig" {
  sysdig_secure_api_token = var.token.a
  sysdig_secure_url       = "https://secure.sysdig.com"
}
data "sysdig_secure_notification_channel" "ops" {
  name = "ops-\${terraform.workspace}"
}
output "channel" {
  value     = data.sysdig_secure_notification_channel.ops.id
  sensitive = true
}
module "child" {
  source = "./child"
  name   = upper("x")
}
`);
    expect(model.diagnostics).toEqual([]);
    expect(evaluateResource(model, 'provider.sysdig')).toEqual({
      config: { sysdig_secure_api_token: 'b', sysdig_secure_url: 'https://secure.sysdig.com' },
      diagnostics: [],
    });
    expect(evaluateResource(model, 'data.sysdig_secure_notification_channel.ops').config).toEqual({
      name: 'ops-default',
    });
    expect(evaluateResource(model, 'output.channel').config).toEqual({
      value: {
        $unknown: true,
        references: ['data.sysdig_secure_notification_channel.ops.id'],
        expression: 'data.sysdig_secure_notification_channel.ops.id',
      },
      sensitive: true,
    });
    expect(evaluateResource(model, 'module.child').config).toEqual({
      source: './child',
      name: 'X',
    });
    expect(evaluateResource(model, 'var.token')).toEqual({
      config: { type: 'map(string)', default: { a: 'b' }, sensitive: true },
      diagnostics: [],
    });
  });
});
