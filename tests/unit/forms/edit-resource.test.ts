import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { loadModule } from '@/lib/terraform/load-module';
import { buildResourceFields } from '@/lib/workspace/build-resource-fields';
import { editResource } from '@/lib/workspace/edit-resource';
import { getResourceType } from '@/lib/sysdig/registry';

const policies = readFileSync('lib/workspace/sample/current/policies.tf', 'utf8');
const demoPolicies = readFileSync('../shared/fixtures/seed-2018/demo/demo_policies.tf', 'utf8');
const custom = { type: 'sysdig_secure_custom_policy', name: 'production_shells' };

function differingLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
}

describe('[forms] editResource', () => {
  it('changes a policy severity: exactly one line differs, the rest byte for byte', () => {
    const { text, changedLines } = editResource(policies, custom, [
      { op: 'set', path: [], attribute: 'severity', value: 5 },
    ]);
    expect(differingLines(policies, text)).toEqual([5]);
    expect(changedLines).toEqual([5]);
    expect(text.split('\n')[4]).toBe('  severity    = 5');
    expect(text.replace('severity    = 5', 'severity    = 2')).toBe(policies);
  });

  it('picking a channel writes the reference expression and keeps comments', () => {
    const managed = { type: 'sysdig_secure_managed_policy', name: 'runtime_threat_detection' };
    const { text } = editResource(policies, managed, [
      {
        op: 'set',
        path: [],
        attribute: 'notification_channels',
        value: [{ expression: 'sysdig_secure_notification_channel_email.secops.id' }],
      },
    ]);
    expect(text).toContain(
      'notification_channels = [sysdig_secure_notification_channel_email.secops.id]',
    );
    expect(text).toContain("# Sysdig's managed threat detection, routed to our SIEM.");
    expect(text).toContain(
      '# Our own policy: stop the container and capture when a shell opens in production.',
    );
    expect(differingLines(policies, text)).toHaveLength(1);
  });

  it('edits an attribute of a nested block (actions[0].capture[0]) in place', () => {
    const { text } = editResource(policies, custom, [
      {
        op: 'set',
        path: [
          { block: 'actions', index: 0 },
          { block: 'capture', index: 0 },
        ],
        attribute: 'seconds_after_event',
        value: 30,
      },
    ]);
    expect(differingLines(policies, text)).toHaveLength(1);
    expect(text).toContain('      seconds_after_event  = 30');
  });

  it('fixes the 2018 dangling channel reference from the form', () => {
    const policy = { type: 'sysdig_secure_policy', name: 'terminal-shell-in-container' };
    const { text } = editResource(demoPolicies, policy, [
      {
        op: 'set',
        path: [],
        attribute: 'notification_channels',
        value: [{ expression: 'sysdig_secure_notification_channel.elastic-search.id' }],
      },
    ]);
    expect(text).not.toContain('webhook');
    expect(text).toContain('sysdig_secure_notification_channel.elastic-search.id');
    expect(differingLines(demoPolicies, text)).toEqual([15]);
  });

  it('adds an empty nested block after its siblings and removes it again', () => {
    const added = editResource(policies, custom, [{ op: 'add-block', path: [], block: 'rules' }]);
    const lines = added.text.split('\n');
    const at = added.changedLines[0]! - 1;
    expect(added.changedLines.map((n) => lines[n - 1]).join('\n')).toMatch(/rules \{/);
    expect(at).toBeGreaterThan(10);
    const removed = editResource(added.text, custom, [
      { op: 'remove-block', path: [{ block: 'rules', index: 1 }] },
    ]);
    expect(removed.text).toBe(policies);
  });

  it('removing an absent attribute is a no-op; a missing resource is NOT_FOUND naming it', () => {
    expect(
      editResource(policies, custom, [{ op: 'remove', path: [], attribute: 'runbook_missing' }])
        .text,
    ).toBe(policies);
    expect(() =>
      editResource(policies, { type: 'sysdig_secure_custom_policy', name: 'nope' }, [
        { op: 'set', path: [], attribute: 'severity', value: 1 },
      ]),
    ).toThrow(AppError);
    try {
      editResource(policies, { type: 'sysdig_secure_custom_policy', name: 'nope' }, [
        { op: 'set', path: [], attribute: 'severity', value: 1 },
      ]);
    } catch (error) {
      expect((error as AppError).code).toBe('NOT_FOUND');
      expect((error as AppError).message).toContain('sysdig_secure_custom_policy.nope');
    }
  });
});

describe('[forms] buildResourceFields', () => {
  it('reads literals, references as list items, nested blocks, and the 2018 interpolations', () => {
    const parsed = loadModule({ files: [{ path: 'policies.tf', text: policies }] });
    const block = parsed.byAddress.get('sysdig_secure_custom_policy.production_shells')?.block;
    const fields = buildResourceFields(
      getResourceType('sysdig_secure_custom_policy')!.attributes,
      block,
      policies,
    );
    const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
    expect(byName.severity?.value).toEqual({ kind: 'scalar', value: 2 });
    expect(byName.notification_channels?.value).toEqual({
      kind: 'items',
      items: [
        { kind: 'reference', expression: 'sysdig_secure_notification_channel_email.secops.id' },
        { kind: 'reference', expression: 'sysdig_secure_notification_channel_slack.secops.id' },
      ],
    });
    const capture = byName.actions?.blocks?.[0]?.fields.find((f) => f.name === 'capture')
      ?.blocks?.[0]?.fields;
    expect(capture?.find((f) => f.name === 'seconds_before_event')?.value).toEqual({
      kind: 'scalar',
      value: 5,
    });
    const rules = byName.rules?.blocks?.[0]?.fields.find((f) => f.name === 'name');
    expect(rules?.value).toEqual({
      kind: 'reference',
      expression: 'sysdig_secure_rule_falco.shell_in_production.name',
    });
    expect(byName.scope?.value).toEqual({
      kind: 'scalar',
      value: 'kubernetes.namespace.name = "production"',
    });

    const demo = loadModule({ files: [{ path: 'demo_policies.tf', text: demoPolicies }] });
    const demoBlock = demo.byAddress.get('sysdig_secure_policy.terminal-shell-in-container')?.block;
    const demoFields = buildResourceFields(
      getResourceType('sysdig_secure_policy')!.attributes,
      demoBlock,
      demoPolicies,
    );
    expect(demoFields.find((f) => f.name === 'notification_channels')?.value).toEqual({
      kind: 'items',
      items: [
        { kind: 'reference', expression: 'sysdig_secure_notification_channel.webhook.id' },
        { kind: 'reference', expression: 'sysdig_secure_notification_channel.elastic-search.id' },
      ],
    });
  });
});
