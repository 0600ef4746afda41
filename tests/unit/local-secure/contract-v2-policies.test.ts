import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type TTestBackend } from './helpers.ts';

type TJson = Record<string, unknown>;

// The spec §4.1 example create body, verbatim.
const CUSTOM = {
  isDefault: false,
  name: 'Write apt database',
  description: 'an attempt to write to the dpkg database by any non-dpkg related program',
  severity: 4,
  enabled: true,
  ruleNames: null,
  rules: [{ ruleName: 'Terminal shell in container', enabled: true }],
  actions: [
    { isLimitedToContainer: false, type: 'POLICY_ACTION_STOP' },
    {
      afterEventNs: 10000000000,
      beforeEventNs: 5000000000,
      name: 'cap1',
      storageType: 'S3',
      folder: '/',
      isLimitedToContainer: false,
      type: 'POLICY_ACTION_CAPTURE',
    },
  ],
  scope: 'container.id != ""',
  notificationChannelIds: [12345],
  type: 'falco',
  origin: '',
  runbook: 'https://runbook.com',
  templateId: 0,
  templateVersion: '',
};

// Spec §4.1, §6.4 and §7 rows 16–21: v2 policies.
describe('[local-secure] v2 policy contract', () => {
  let backend: TTestBackend;
  beforeAll(async () => {
    backend = await startTestBackend();
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it('[local-secure] #16 GET /api/v2/policies is a bare array with the seeded managed policies', async () => {
    const response = await backend.api('GET', '/api/v2/policies');
    expect(response.status).toBe(200);
    expect(Array.isArray(response.json)).toBe(true);
    const managed = (response.json as TJson[]).find(
      (policy) => policy.name === 'Sysdig Runtime Threat Detection',
    );
    expect(managed).toMatchObject({ isDefault: true, type: 'falco', origin: 'Sysdig', version: 1 });
    expect((managed?.rules as unknown[]).length).toBeGreaterThan(0);
    expect(managed?.ruleNames).toEqual(
      (managed?.rules as { ruleName: string }[]).map((rule) => rule.ruleName),
    );
  });

  it('[local-secure] #17 #18 #19 #20 create 200, read, update with version (409 when stale), delete 204', async () => {
    const created = await backend.api('POST', '/api/v2/policies?skipPolicyV2Msg=true', CUSTOM);
    expect(created.status).toBe(200);
    const policy = created.json as TJson;
    expect(policy).toMatchObject({
      name: CUSTOM.name,
      version: 1,
      isDefault: false,
      origin: 'Secure UI',
      versionId: '0.0.0',
      templateId: 0,
      templateVersion: '',
    });
    expect(policy.ruleNames).toEqual(['Terminal shell in container']);
    expect(policy.actions).toEqual(CUSTOM.actions);
    const id = String(policy.id);
    expect((await backend.api('GET', `/api/v2/policies/${id}`)).json).toEqual(policy);

    const updated = await backend.api('PUT', `/api/v2/policies/${id}?skipPolicyV2Msg=true`, {
      ...CUSTOM,
      id: policy.id,
      version: 1,
      severity: 7,
      isDefault: true,
      origin: 'hacked',
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      severity: 7,
      version: 2,
      isDefault: false,
      origin: 'Secure UI',
      createdOn: policy.createdOn,
    });

    const stale = await backend.api('PUT', `/api/v2/policies/${id}?skipPolicyV2Msg=true`, {
      ...CUSTOM,
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.json).toEqual({
      errors: [
        {
          reason: 'Conflict',
          message: `Policy ${id} has been modified: expected version 2, got 1`,
        },
      ],
    });

    const deleted = await backend.api('DELETE', `/api/v2/policies/${id}?skipPolicyV2Msg=true`);
    expect(deleted.status).toBe(204);
    expect((await backend.api('GET', `/api/v2/policies/${id}`)).status).toBe(404);
    expect(
      (await backend.api('DELETE', `/api/v2/policies/${id}?skipPolicyV2Msg=true`)).status,
    ).toBe(404);
  });

  it('[local-secure] derives rules from ruleNames (enabled:true) and ruleNames from rules', async () => {
    const fromNames = (
      await backend.api('POST', '/api/v2/policies', {
        name: 'by names',
        ruleNames: ['Write below etc'],
      })
    ).json as TJson;
    expect(fromNames.rules).toEqual([{ ruleName: 'Write below etc', enabled: true }]);
    expect(fromNames).toMatchObject({
      type: 'falco',
      actions: [],
      notificationChannelIds: [],
      runbook: '',
    });
    const fromRules = (
      await backend.api('POST', '/api/v2/policies', {
        name: 'by rules',
        ruleNames: ['ignored'],
        rules: [{ ruleName: 'Write below etc', enabled: false }],
      })
    ).json as TJson;
    expect(fromRules.ruleNames).toEqual(['Write below etc']);
    expect(fromRules.rules).toEqual([{ ruleName: 'Write below etc', enabled: false }]);
  });

  it('[local-secure] GET honours policyType, filter and limit', async () => {
    await backend.api('POST', '/api/v2/policies', { name: 'Drift alpha', type: 'drift' });
    await backend.api('POST', '/api/v2/policies', { name: 'Drift beta', type: 'drift' });
    const drift = (await backend.api('GET', '/api/v2/policies?policyType=drift&limit=1000'))
      .json as TJson[];
    expect(drift.map((policy) => policy.name)).toEqual(['Drift alpha', 'Drift beta']);
    const filtered = (
      await backend.api(
        'GET',
        `/api/v2/policies?policyType=drift&filter=${encodeURIComponent('BETA')}`,
      )
    ).json as TJson[];
    expect(filtered.map((policy) => policy.name)).toEqual(['Drift beta']);
    expect(((await backend.api('GET', '/api/v2/policies?limit=2')).json as unknown[]).length).toBe(
      2,
    );
    expect((await backend.api('GET', '/api/v2/policies?limit=x')).status).toBe(400);
  });

  it('[local-secure] #21 forwardPolicyV2Msg answers 200 {} and is counted', async () => {
    const before = await backend.server.localSecure.getForwardPolicyV2MsgCount();
    const response = await backend.api(
      'POST',
      '/api/v2/policies/actions?action=forwardPolicyV2Msg',
    );
    expect(response.status).toBe(200);
    expect(response.json).toEqual({});
    expect(await backend.server.localSecure.getForwardPolicyV2MsgCount()).toBe(before + 1);
    expect((await backend.api('POST', '/api/v2/policies/actions?action=other')).status).toBe(400);
  });

  it('[local-secure] rejects unknown rule names only with the switch on', async () => {
    expect(
      (
        await backend.api('POST', '/api/v2/policies', {
          name: 'unknown ok',
          ruleNames: ['No such rule'],
        })
      ).status,
    ).toBe(200);
    backend.server.localSecure.setSwitches({ rejectUnknownRuleNames: true });
    try {
      const rejected = await backend.api('POST', '/api/v2/policies', {
        name: 'unknown rejected',
        ruleNames: ['No such rule'],
      });
      expect(rejected.status).toBe(400);
    } finally {
      backend.server.localSecure.setSwitches({ rejectUnknownRuleNames: false });
    }
  });

  it('[local-secure] the v2 delete status switch answers 200', async () => {
    const created = (await backend.api('POST', '/api/v2/policies', { name: 'delete 200' }))
      .json as TJson;
    backend.server.localSecure.setSwitches({ v2PolicyDeleteStatus: 200 });
    try {
      const response = await backend.api('DELETE', `/api/v2/policies/${String(created.id)}`);
      expect(response.status).toBe(200);
    } finally {
      backend.server.localSecure.setSwitches({ v2PolicyDeleteStatus: 204 });
    }
  });
});
