import { describe, expect, it } from 'vitest';
import {
  getResourceType,
  resolveReferences,
  type TResourceDefinition,
} from '@/lib/sysdig/index.ts';
import { ref, refsFrom } from './spec-data.ts';

describe('[sysdig] resolveReferences', () => {
  const refs = refsFrom({
    'sysdig_secure_notification_channel_email.ops.id': 12,
    'sysdig_secure_notification_channel.w.id': 7,
    'sysdig_secure_policy.a.id': 3,
  });

  it('[sysdig] replaces resolvable channel references of a custom policy and keeps the rest', () => {
    const definition = getResourceType('sysdig_secure_custom_policy') as TResourceDefinition;
    const pending = ref('sysdig_secure_notification_channel_slack.new.id');
    const config = {
      name: 'p',
      description: 'd',
      notification_channels: [ref('sysdig_secure_notification_channel_email.ops.id'), pending, 4],
    };
    expect(resolveReferences(definition, config, refs).notification_channels).toEqual([
      12,
      pending,
      4,
    ]);
    expect(definition.canonical(resolveReferences(definition, config, refs))).toEqual(
      definition.canonical({ ...config, notification_channels: [4, 12, pending] }),
    );
  });

  it('[sysdig] 2018 string ids stay strings; priorities resolve in order', () => {
    const policy = getResourceType('sysdig_secure_policy') as TResourceDefinition;
    expect(
      resolveReferences(
        policy,
        { notification_channels: [ref('sysdig_secure_notification_channel.w.id')] },
        refs,
      ).notification_channels,
    ).toEqual(['7']);
    const priorities = getResourceType('sysdig_secure_policies_priority') as TResourceDefinition;
    expect(
      resolveReferences(priorities, { policies: [ref('sysdig_secure_policy.a.id'), '9'] }, refs)
        .policies,
    ).toEqual(['3', '9']);
  });

  it('[sysdig] name references are left alone', () => {
    const definition = getResourceType('sysdig_secure_custom_policy') as TResourceDefinition;
    const name = ref('sysdig_secure_rule_falco.r.name');
    expect(
      resolveReferences(definition, { name: 'p', description: 'd', rules: [{ name }] }, refs).rules,
    ).toEqual([{ name }]);
  });
});
