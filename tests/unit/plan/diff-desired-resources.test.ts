import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDesiredResources } from '@/lib/plan/diff-desired-resources';
import { validateModule } from '@/lib/validate/validate-module';

const dir = path.resolve('lib/workspace/sample/current');
const files = [
  'policies.tf',
  'notification_channels.tf',
  'falco.tf',
  'variables.tf',
  'versions.tf',
].map((name) => ({
  path: name,
  text: readFileSync(path.join(dir, name), 'utf8'),
}));
const desired = (edit: (name: string, text: string) => string) =>
  validateModule({
    modulePath: '.',
    files: files.map((f) => ({ ...f, text: edit(f.path, f.text) })),
  }).desired;

describe('[changes] field-level diff of the code, labelled like the form', () => {
  it('[changes] no edit, no change', () => {
    expect(
      diffDesiredResources(
        desired((_n, t) => t),
        desired((_n, t) => t),
      ),
    ).toEqual([]);
  });

  it('[changes] a severity edit is one labelled field; a channel added shows its reference', () => {
    const after = desired((name, text) =>
      name === 'policies.tf'
        ? text
            .replace('severity    = 2', 'severity    = 5')
            .replace(
              'sysdig_secure_notification_channel_slack.secops.id,',
              'sysdig_secure_notification_channel_slack.secops.id,\n    sysdig_secure_notification_channel_webhook.siem.id,',
            )
        : text,
    );
    const [change] = diffDesiredResources(
      desired((_n, t) => t),
      after,
    );
    expect(change).toMatchObject({
      address: 'sysdig_secure_custom_policy.production_shells',
      change: 'changed',
    });
    expect(change!.attributes.map((a) => [a.label, a.before, a.after])).toEqual([
      ['Severity', 2, 5],
      [
        'Notification channels',
        [
          'sysdig_secure_notification_channel_email.secops.id',
          'sysdig_secure_notification_channel_slack.secops.id',
        ],
        [
          'sysdig_secure_notification_channel_email.secops.id',
          'sysdig_secure_notification_channel_slack.secops.id',
          'sysdig_secure_notification_channel_webhook.siem.id',
        ],
      ],
    ]);
  });

  it('[changes] a removed resource and an added one; secrets are masked', () => {
    const after = desired((name, text) =>
      name === 'falco.tf'
        ? text.replace(/resource "sysdig_secure_list"[\s\S]*?\n}\n/, '')
        : name === 'variables.tf'
          ? text.replace('services/T0000/B0000/sample', 'services/T1/B1/rotated')
          : text,
    );
    const changes = diffDesiredResources(
      desired((_n, t) => t),
      after,
    );
    expect(
      changes.find((c) => c.address === 'sysdig_secure_list.trusted_shell_parents'),
    ).toMatchObject({ change: 'removed' });
    const slack = changes.find(
      (c) => c.address === 'sysdig_secure_notification_channel_slack.secops',
    )!;
    expect(slack.attributes).toHaveLength(1);
    expect(slack.attributes[0]!.isSensitive).toBe(true);
    expect(JSON.stringify(changes)).not.toContain('rotated');
  });
});
