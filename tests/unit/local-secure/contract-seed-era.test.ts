import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type TTestBackend } from './helpers.ts';

type TJson = Record<string, unknown>;

const SAMPLE_V1 = {
  name: 'Other example of Policy',
  description: 'this is other example of policy',
  severity: 4,
  containerScope: true,
  hostScope: true,
  enabled: true,
  actions: [
    { type: 'POLICY_ACTION_PAUSE' },
    { afterEventNs: 60000000000, beforeEventNs: 60000000000, type: 'POLICY_ACTION_CAPTURE' },
  ],
  falcoConfiguration: { ruleNameRegEx: 'Unexpected spawned process traefik' },
  processesConfiguration: {
    onDefault: 'DEFAULT_MATCH_EFFECT_ACCEPT',
    fields: ['proc.name', 'proc.cmdline'],
    list: [{ values: ['mysql', 'apache'], onMatch: 'MATCH_EFFECT_ACCEPT' }],
  },
  notificationChannelIds: [10001],
};

// Spec §2 and §7 rows 1–10: the SEED (2018) endpoints.
describe('[local-secure] SEED-era contract', () => {
  let backend: TTestBackend;
  beforeAll(async () => {
    backend = await startTestBackend();
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it('[local-secure] #1 GET /api/users/me returns the user with currentTeam 10001', async () => {
    const response = await backend.api('GET', '/api/users/me');
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      user: { id: 1, username: 'demo@example.com', currentTeam: 10001, customer: { id: 1 } },
    });
  });

  it('[local-secure] #3 #4 #5 #6 v1 policy create, read, update, delete with {"policy":…}', async () => {
    const created = await backend.api('POST', '/api/policies', { policy: SAMPLE_V1 });
    expect(created.status).toBe(200);
    const policy = (created.json as { policy: TJson }).policy;
    expect(policy).toMatchObject({
      ...SAMPLE_V1,
      version: 1,
      policyEventsCount: 0,
      isManual: true,
      isBuiltin: false,
    });
    expect(policy.falcoConfiguration).toEqual({
      fields: [],
      onDefault: 'DEFAULT_MATCH_EFFECT_NEXT',
      ruleNameRegEx: 'Unexpected spawned process traefik',
    });
    expect(policy.id).toBeGreaterThan(0);
    expect(typeof policy.createdOn).toBe('number');
    expect(policy.createdOn).toBe(policy.modifiedOn);

    const read = await backend.api('GET', `/api/policies/${String(policy.id)}`);
    expect(read.status).toBe(200);
    expect(read.json).toEqual({ policy });

    const updated = await backend.api('PUT', `/api/policies/${String(policy.id)}`, {
      policy: { ...SAMPLE_V1, id: policy.id, version: 1, enabled: false },
    });
    expect(updated.status).toBe(200);
    expect((updated.json as { policy: TJson }).policy).toMatchObject({
      enabled: false,
      version: 2,
      createdOn: policy.createdOn,
    });

    const stale = await backend.api('PUT', `/api/policies/${String(policy.id)}`, {
      policy: { ...SAMPLE_V1, version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.json).toEqual({
      errors: [
        {
          reason: 'Conflict',
          message: `Policy ${String(policy.id)} has been modified: expected version 2, got 1`,
        },
      ],
    });

    const deleted = await backend.api('DELETE', `/api/policies/${String(policy.id)}`);
    expect(deleted.status).toBe(200);
    expect((deleted.json as { policy: TJson }).policy).toMatchObject({ id: policy.id, version: 2 });
    expect((await backend.api('GET', `/api/policies/${String(policy.id)}`)).status).toBe(404);
    expect((await backend.api('DELETE', `/api/policies/${String(policy.id)}`)).status).toBe(404);
    expect(
      (await backend.api('PUT', `/api/policies/${String(policy.id)}`, { policy: SAMPLE_V1 }))
        .status,
    ).toBe(404);
  });

  it('[local-secure] #2 GET /api/policies lists v1 policies in {"policies":[…]}', async () => {
    const created = await backend.api('POST', '/api/policies', {
      policy: { ...SAMPLE_V1, name: 'listed' },
    });
    const list = await backend.api('GET', '/api/policies');
    expect(list.status).toBe(200);
    const policies = (list.json as { policies: TJson[] }).policies;
    expect(policies.map((policy) => policy.id)).toContain(
      (created.json as { policy: TJson }).policy.id,
    );
  });

  it('[local-secure] accepts an update without version (lenient) and increments it', async () => {
    const created = (
      await backend.api('POST', '/api/policies', { policy: { ...SAMPLE_V1, name: 'no-version' } })
    ).json as { policy: TJson };
    const updated = await backend.api('PUT', `/api/policies/${String(created.policy.id)}`, {
      policy: { ...SAMPLE_V1, name: 'no-version' },
    });
    expect(updated.status).toBe(200);
    expect((updated.json as { policy: TJson }).policy.version).toBe(2);
  });

  it('[local-secure] #7 #8 priorities: not auto-appended (2018), PUT bumps version, stale version 409', async () => {
    const before = (await backend.api('GET', '/api/policies/priorities')).json as {
      priorities: TJson;
    };
    expect(before.priorities).toMatchObject({ policyIds: [], version: 1 });
    expect(typeof before.priorities.createdOn).toBe('number');
    const created = (
      await backend.api('POST', '/api/policies', { policy: { ...SAMPLE_V1, name: 'prio' } })
    ).json as { policy: TJson };
    const after = (await backend.api('GET', '/api/policies/priorities')).json as {
      priorities: TJson;
    };
    expect(after.priorities.policyIds).toEqual([]);

    const put = await backend.api('PUT', '/api/policies/priorities', {
      priorities: { version: 1, policyIds: [created.policy.id] },
    });
    expect(put.status).toBe(200);
    expect((put.json as { priorities: TJson }).priorities).toMatchObject({
      policyIds: [created.policy.id],
      version: 2,
    });
    const stale = await backend.api('PUT', '/api/policies/priorities', {
      priorities: { version: 1, policyIds: [] },
    });
    expect(stale.status).toBe(409);
    expect(
      (
        await backend.api('PUT', '/api/policies/priorities', {
          priorities: { version: 2, policyIds: ['x'] },
        })
      ).status,
    ).toBe(400);
    expect((await backend.api('PUT', '/api/policies/priorities', { policyIds: [] })).status).toBe(
      400,
    );

    // §11.3: deleting the policy removes it from priorities (switchable).
    await backend.api('DELETE', `/api/policies/${String(created.policy.id)}`);
    const final = (await backend.api('GET', '/api/policies/priorities')).json as {
      priorities: TJson;
    };
    expect(final.priorities).toMatchObject({ policyIds: [], version: 3 });
  });

  it('[local-secure] the auto-append switch adds new v1 policies to priorities', async () => {
    backend.server.localSecure.setSwitches({ autoAppendV1PolicyToPriorities: true });
    try {
      const created = (
        await backend.api('POST', '/api/policies', { policy: { ...SAMPLE_V1, name: 'auto' } })
      ).json as { policy: TJson };
      const priorities = (await backend.api('GET', '/api/policies/priorities')).json as {
        priorities: { policyIds: unknown[] };
      };
      expect(priorities.priorities.policyIds.at(-1)).toBe(created.policy.id);
    } finally {
      backend.server.localSecure.setSwitches({ autoAppendV1PolicyToPriorities: false });
    }
  });

  it('[local-secure] #9 #10 user rules file: version +1 per PUT, content echoed, stale version 409', async () => {
    const first = (await backend.api('GET', '/api/settings/falco/userRulesFile')).json as {
      userRulesFile: { content: string; version: number };
    };
    expect(first.userRulesFile).toEqual({ content: '', version: 1 });
    const content = '- macro: traefik\n  condition: proc.name = traefik\n';
    const put = await backend.api('PUT', '/api/settings/falco/userRulesFile', {
      userRulesFile: { content, version: 1 },
    });
    expect(put.status).toBe(200);
    expect(put.json).toEqual({ userRulesFile: { content, version: 2 } });
    const again = await backend.api('PUT', '/api/settings/falco/userRulesFile', {
      userRulesFile: { content: '', version: 2 },
    });
    expect(again.json).toEqual({ userRulesFile: { content: '', version: 3 } });
    expect(
      (
        await backend.api('PUT', '/api/settings/falco/userRulesFile', {
          userRulesFile: { content: 'x', version: 1 },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await backend.api('PUT', '/api/settings/falco/userRulesFile', {
          userRulesFile: { version: 3 },
        })
      ).status,
    ).toBe(400);
  });
});
