import { describe, expect, it } from 'vitest';
import { renameResource, type HclFileEdit } from '@/lib/hcl/edit/index.ts';
import { expectSound, readReal } from './helpers.ts';

describe('renameResource', () => {
  it('[hcl-edit] renames the label and every reference across files', () => {
    const channels =
      'resource "sysdig_secure_notification_channel_email" "ops" {\n  name = "ops"\n}\n';
    const policies = [
      'resource "sysdig_secure_policy" "p" {',
      '  notification_channels = [sysdig_secure_notification_channel_email.ops.id]',
      '  all   = sysdig_secure_notification_channel_email.ops[*].id',
      '  legacy = ["${sysdig_secure_notification_channel_email.ops.id}"]',
      '  doc   = <<EOT',
      'id: ${sysdig_secure_notification_channel_email.ops.id}',
      '%{ for c in [sysdig_secure_notification_channel_email.ops] }${c.name}%{ endfor }',
      'EOT',
      '  names = [for c in [sysdig_secure_notification_channel_email.ops] : c.name]',
      '  other = sysdig_secure_notification_channel_email.opsx.id',
      '  data  = data.sysdig_secure_notification_channel_email.ops.id',
      '  text  = "sysdig_secure_notification_channel_email.ops.id"',
      '  depends_on = [sysdig_secure_notification_channel_email.ops]',
      '}',
      '',
    ].join('\n');
    const result = renameResource(
      [
        { path: 'channels.tf', text: channels },
        { path: 'policies.tf', text: policies },
        { path: 'empty.tf', text: '' },
      ],
      { type: 'sysdig_secure_notification_channel_email', from: 'ops', to: 'secops' },
    );
    expect(result.map((f) => f.path)).toEqual(['channels.tf', 'policies.tf', 'empty.tf']);
    expect(result[0]?.text).toBe(channels.replace('"ops" {', '"secops" {'));
    expect(result[1]?.edits).toHaveLength(7);
    const expected = policies
      .replaceAll('email.ops.', 'email.secops.')
      .replaceAll('email.ops[', 'email.secops[')
      .replaceAll('email.ops]', 'email.secops]')
      .replace(
        'data.sysdig_secure_notification_channel_email.secops.id',
        'data.sysdig_secure_notification_channel_email.ops.id',
      )
      .replace(
        '"sysdig_secure_notification_channel_email.secops.id"',
        '"sysdig_secure_notification_channel_email.ops.id"',
      );
    expect(result[1]?.text).toBe(expected);
    expect(result[2]?.edits).toEqual([]);
    expectSound(policies, result[1] as HclFileEdit);
  });

  it('[hcl-edit] renames in the real sample across its files', () => {
    const files = ['falco.tf', 'policies.tf', 'notification_channels.tf'].map((name) => ({
      path: name,
      text: readReal(`lib/workspace/sample/current/${name}`),
    }));
    const result = renameResource(files, {
      type: 'sysdig_secure_notification_channel_email',
      from: 'secops',
      to: 'security',
    });
    const changed = result.filter((f) => f.edits.length > 0).map((f) => f.path);
    expect(changed).toEqual(['policies.tf', 'notification_channels.tf']);
    expect(result[1]?.text).toContain('sysdig_secure_notification_channel_email.security.id');
  });

  it('[hcl-edit] refuses a clash, a missing resource, a bad name and files with syntax errors', () => {
    const files = [{ path: 'a.tf', text: 'resource "t" "a" {}\nresource "t" "b" {}\n' }];
    expect(() => renameResource(files, { type: 't', from: 'a', to: 'b' })).toThrow(
      expect.objectContaining({ code: 'invalid-value' }),
    );
    expect(() => renameResource(files, { type: 't', from: 'z', to: 'y' })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    expect(() => renameResource(files, { type: 't', from: 'a', to: 'x y' })).toThrow(
      expect.objectContaining({ code: 'invalid-value' }),
    );
    expect(() =>
      renameResource([...files, { path: 'b.tf', text: 'x = t.a.id\nbroken {' }], {
        type: 't',
        from: 'a',
        to: 'c',
      }),
    ).toThrow(
      expect.objectContaining({ code: 'syntax-error', message: expect.stringContaining('b.tf:2') }),
    );
    expect(() =>
      renameResource([...files, { path: 'c.tf', text: 'resource "t" "a" {}\n' }], {
        type: 't',
        from: 'a',
        to: 'c',
      }),
    ).toThrow(expect.objectContaining({ code: 'ambiguous' }));
  });
});
