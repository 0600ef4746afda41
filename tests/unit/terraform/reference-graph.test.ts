import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReferencesFrom, findUsedBy } from '@/lib/terraform/index.ts';
import { sharedPath } from '../../helpers/shared-fixtures.ts';
import { moduleFromDisk, moduleOf } from './module-from-disk.ts';

const SAMPLE = path.join(process.cwd(), 'lib/workspace/sample');

describe('[terraform] reference graph', () => {
  it('[terraform] flags the 2018 demo dangling webhook channel at its position, with a hint', () => {
    const model = moduleFromDisk(sharedPath('fixtures/seed-2018'), 'demo');
    const dangling = model.diagnostics.filter((d) => d.code === 'dangling-reference');
    expect(dangling).toEqual([
      {
        severity: 'error',
        code: 'dangling-reference',
        message: expect.stringContaining('sysdig_secure_notification_channel.webhook'),
        file: 'demo/demo_policies.tf',
        line: 15,
        column: 31,
        endLine: 15,
        endColumn: 76,
        address: 'sysdig_secure_policy.terminal-shell-in-container',
        attribute: 'notification_channels',
        hint: 'Did you mean `sysdig_secure_notification_channel.elastic-search`? Otherwise declare `sysdig_secure_notification_channel.webhook`.',
      },
    ]);
    expect(model.diagnostics.filter((d) => d.severity === 'error')).toEqual(dangling);
  });

  it('[terraform] reports nothing false in the sample workspace', () => {
    for (const folder of ['legacy-2018', 'current']) {
      const model = moduleFromDisk(SAMPLE, folder);
      expect(model.diagnostics).toEqual([]);
      expect(
        model.references.every((r) => r.target === null || model.byAddress.has(r.target)),
      ).toBe(true);
    }
  });

  it('[terraform] lists references with target, attribute path and exact range, and the reverse', () => {
    const model = moduleFromDisk(SAMPLE, 'current');
    const from = findReferencesFrom(model, 'sysdig_secure_custom_policy.production_shells');
    expect(from.map((r) => [r.text, r.target, r.attribute])).toEqual([
      [
        'sysdig_secure_notification_channel_email.secops.id',
        'sysdig_secure_notification_channel_email.secops',
        'notification_channels',
      ],
      [
        'sysdig_secure_notification_channel_slack.secops.id',
        'sysdig_secure_notification_channel_slack.secops',
        'notification_channels',
      ],
      [
        'sysdig_secure_rule_falco.shell_in_production.name',
        'sysdig_secure_rule_falco.shell_in_production',
        'rules[0].name',
      ],
    ]);
    expect(from[2]?.attributePath).toEqual(['rules', 0, 'name']);
    expect(from[2]?.range).toMatchObject({ line: 11, column: 15, endLine: 11, endColumn: 64 });
    expect(from[2]?.file).toBe('current/policies.tf');
    const text = model.files.find((f) => f.path === 'current/policies.tf')?.text ?? '';
    expect(text.slice(from[2]?.range.start, from[2]?.range.end)).toBe(
      'sysdig_secure_rule_falco.shell_in_production.name',
    );
    expect(
      findUsedBy(model, 'sysdig_secure_notification_channel_webhook.siem').map((r) => r.from),
    ).toEqual(['sysdig_secure_managed_policy.runtime_threat_detection']);
    expect(
      findUsedBy(model, 'var.slack_webhook_url').map((r) => `${r.from} ${r.attribute}`),
    ).toEqual(['sysdig_secure_notification_channel_slack.secops url']);
    expect(findUsedBy(model, 'sysdig_secure_list.trusted_shell_parents')).toEqual([]);
  });

  it('[terraform] flags dangling variables, locals, data sources and modules, and not bound names', () => {
    const model = moduleOf(`variable "environment" {}
locals {
  shells = ["sh"]
  all    = [for s in local.shells : upper(s)]
  bad    = local.shell
}
resource "a" "b" {
  name  = "\${var.enviroment}-\${path.module}-\${terraform.workspace}"
  count = 2
  id    = count.index
  list  = [for k, v in { a = 1 } : k]
  items = data.x.missing.ids
  other = module.nope.out
  dynamic "rule" {
    for_each = local.shells
    content {
      name = rule.value
    }
  }
  lifecycle {
    ignore_changes = [name]
  }
}
moved {
  from = a.old
  to   = a.b
}
`);
    const dangling = model.diagnostics.filter((d) => d.code === 'dangling-reference');
    expect(dangling.map((d) => [d.line, d.column, d.address, d.attribute, d.hint])).toEqual([
      [5, 12, 'local.bad', 'bad', 'Did you mean `local.shells`?'],
      [8, 14, 'a.b', 'name', 'Did you mean `var.environment`?'],
      [12, 11, 'a.b', 'items', undefined],
      [13, 11, 'a.b', 'other', undefined],
    ]);
    expect(findUsedBy(model, 'local.shells').map((r) => `${r.from}:${r.attribute}`)).toEqual([
      'local.all:all',
      'a.b:dynamic.rule.for_each',
    ]);
  });

  it('[terraform] resolves provider meta-arguments to provider addresses', () => {
    const model = moduleOf(
      'provider "sysdig" {\n  alias = "eu"\n}\nresource "a" "b" {\n  provider = sysdig.eu\n}\n',
    );
    expect(model.diagnostics).toEqual([]);
    expect(findUsedBy(model, 'provider.sysdig.eu').map((r) => r.from)).toEqual(['a.b']);
  });
});
