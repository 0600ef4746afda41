import { describe, expect, it } from 'vitest';
import { reorderListElements } from '@/lib/hcl/edit/index.ts';
import { expectSound, readReal } from './helpers.ts';

const address = { block: ['resource', 'sysdig_secure_list', 'l'], attribute: 'items' };

describe('reorderListElements', () => {
  it('[hcl-edit] moves elements with their comments; commas follow the positions', () => {
    const src = [
      'resource "sysdig_secure_list" "l" {',
      '  items = [',
      '    # the shell',
      '    "bash", # most common',
      '    "sh",',
      '',
      '    "zsh" /* last */',
      '  ]',
      '}',
      '',
    ].join('\n');
    const result = reorderListElements(src, address, [2, 0, 1]);
    expect(result.text).toBe(
      [
        'resource "sysdig_secure_list" "l" {',
        '  items = [',
        '    "zsh", /* last */',
        '    # the shell',
        '    "bash", # most common',
        '',
        '    "sh"',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    expectSound(src, result);
  });

  it('[hcl-edit] swaps only expressions in a one-line list', () => {
    const src = 'resource "sysdig_secure_list" "l" {\n  items = ["a", var.b, { k = 1 }]\n}\n';
    const result = reorderListElements(src, address, [2, 1, 0]);
    expect(result.text).toBe(
      'resource "sysdig_secure_list" "l" {\n  items = [{ k = 1 }, var.b, "a"]\n}\n',
    );
  });

  it('[hcl-edit] reorders a real notification channel list', () => {
    const text = readReal('lib/workspace/sample/current/policies.tf');
    const result = reorderListElements(
      text,
      {
        block: ['resource', 'sysdig_secure_custom_policy', 'production_shells'],
        attribute: 'notification_channels',
      },
      [1, 0],
    );
    expect(result.text).toContain(
      '    sysdig_secure_notification_channel_slack.secops.id,\n    sysdig_secure_notification_channel_email.secops.id,\n',
    );
    expect(
      reorderListElements(
        text,
        {
          block: ['resource', 'sysdig_secure_custom_policy', 'production_shells'],
          attribute: 'notification_channels',
        },
        [0, 1],
      ).edits,
    ).toEqual([]);
  });

  it('[hcl-edit] refuses a bad permutation or a non-list', () => {
    const src = 'resource "sysdig_secure_list" "l" {\n  items = [1, 2]\n  name = "x"\n}\n';
    expect(() => reorderListElements(src, address, [0, 0])).toThrow(
      expect.objectContaining({ code: 'invalid-value' }),
    );
    expect(() => reorderListElements(src, address, [1])).toThrow(
      expect.objectContaining({ code: 'invalid-value' }),
    );
    expect(() => reorderListElements(src, { ...address, attribute: 'name' }, [0])).toThrow(
      expect.objectContaining({ code: 'invalid-value' }),
    );
  });
});
