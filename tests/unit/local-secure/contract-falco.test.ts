import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type TTestBackend } from './helpers.ts';

type TJson = Record<string, unknown>;

// The spec §4.3 example create body (provider wire format: lowercase priority, allInbound/allOutbound).
const RULE = {
  name: 'ROUNDTRIP-capture-fixture-rule',
  description: 'captured for PR 733 review round-trip test',
  tags: [],
  details: {
    allOutbound: false,
    allInbound: false,
    source: 'syscall',
    output: 'nginx activity (proc.cmdline=%proc.cmdline)',
    condition: { condition: 'proc.name=nginx', components: [] },
    priority: 'notice',
    ruleType: 'FALCO',
  },
};

const VALIDATION_MESSAGE =
  "File failed to pass validation with the following linux agents: 14.7.0. \nValidation failed: linux 14.7.0. Reason: expected a ')' token";

// Spec §4.3–§4.5 and §7 rows 22–28: rules, lists and macros.
describe('[local-secure] rule, list and macro contract', () => {
  let backend: TTestBackend;
  beforeAll(async () => {
    backend = await startTestBackend();
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it('[local-secure] #22–#25 rule create 200 shaped like the real capture, update version 2, delete 204', async () => {
    const fixture = JSON.parse(
      await readFile(
        new URL('../../../../shared/spec/fixtures/rule_create_response.real.json', import.meta.url),
        'utf8',
      ),
    ) as TJson;
    const created = await backend.api('POST', '/api/secure/rules?skipPolicyV2Msg=true', RULE);
    expect(created.status).toBe(200);
    const rule = created.json as TJson;
    // Same keys and server-owned values as the real capture (warnings aside, off by default).
    const { warnings: _warnings, id: _id, createdOn: _c, modifiedOn: _m, ...expected } = fixture;
    expect(rule).toMatchObject({
      ...expected,
      details: {
        ...(expected.details as TJson),
        condition: { condition: 'proc.name=nginx', components: [] },
      },
    });
    expect(rule.details).not.toHaveProperty('allInbound');
    const id = String(rule.id);
    expect((await backend.api('GET', `/api/secure/rules/${id}`)).json).toEqual(rule);

    const updated = await backend.api('PUT', `/api/secure/rules/${id}?skipPolicyV2Msg=true`, {
      ...RULE,
      id: rule.id,
      version: 1,
      description: 'updated',
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      version: 2,
      description: 'updated',
      details: { description: 'updated', priority: 'NOTICE' },
    });
    expect(
      (
        await backend.api('PUT', `/api/secure/rules/${id}?skipPolicyV2Msg=true`, {
          ...RULE,
          version: 1,
        })
      ).status,
    ).toBe(409);
    expect(
      (await backend.api('DELETE', `/api/secure/rules/${id}?skipPolicyV2Msg=true`)).status,
    ).toBe(204);
    expect((await backend.api('GET', `/api/secure/rules/${id}`)).status).toBe(404);
  });

  it('[local-secure] rejects an unbalanced condition with the agents validation message (400, or 422 by switch)', async () => {
    const bad = {
      ...RULE,
      name: 'bad',
      details: { ...RULE.details, condition: { condition: 'proc.name in (a, b', components: [] } },
    };
    const response = await backend.api('POST', '/api/secure/rules', bad);
    expect(response.status).toBe(400);
    expect(response.json).toEqual({
      errors: [{ reason: 'Invalid request', message: VALIDATION_MESSAGE }],
    });
    backend.server.localSecure.setSwitches({ conditionValidationStatus: 422 });
    try {
      expect((await backend.api('POST', '/api/secure/rules', bad)).status).toBe(422);
    } finally {
      backend.server.localSecure.setSwitches({ conditionValidationStatus: 400 });
    }
    const quoted = {
      ...RULE,
      name: 'quoted',
      details: { ...RULE.details, condition: { condition: 'proc.cmdline contains "("' } },
    };
    expect((await backend.api('POST', '/api/secure/rules', quoted)).status).toBe(200);
  });

  it('[local-secure] #26 rules/groups returns every rule of a name as a bare array, append fragments included', async () => {
    const append = {
      name: 'Terminal shell in container',
      tags: [],
      details: {
        allOutbound: false,
        allInbound: false,
        append: true,
        condition: { condition: 'and not proc.name=foo', components: [] },
        priority: 'warning',
        ruleType: 'FALCO',
      },
    };
    expect(
      (await backend.api('POST', '/api/secure/rules?skipPolicyV2Msg=true', append)).status,
    ).toBe(200);
    const group = await backend.api(
      'GET',
      `/api/secure/rules/groups?name=${encodeURIComponent('Terminal shell in container')}&type=`,
    );
    expect(group.status).toBe(200);
    const rules = group.json as TJson[];
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatchObject({
      origin: 'Sysdig',
      details: { priority: 'NOTICE', source: 'syscall' },
    });
    expect(rules[1]).toMatchObject({
      origin: 'Secure UI',
      details: { append: true, priority: 'WARNING' },
    });
    const bySource = (
      await backend.api(
        'GET',
        `/api/secure/rules/groups?name=${encodeURIComponent('Write below etc')}&type=syscall`,
      )
    ).json as TJson[];
    expect(bySource).toHaveLength(1);
    expect((await backend.api('GET', '/api/secure/rules/groups?name=nope&type=')).json).toEqual([]);
  });

  it('[local-secure] #27 lists: nested items, create 200, update, delete 204; append lists share names', async () => {
    const list = {
      name: 'allowed_dev_files',
      items: { items: ['/dev/null', '/dev/stdin'] },
      append: false,
    };
    const created = await backend.api('POST', '/api/secure/falco/lists?skipPolicyV2Msg=true', list);
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ ...list, version: 1 });
    const id = String((created.json as TJson).id);
    expect((await backend.api('GET', `/api/secure/falco/lists/${id}`)).json).toEqual(created.json);
    const updated = await backend.api('PUT', `/api/secure/falco/lists/${id}?skipPolicyV2Msg=true`, {
      ...list,
      items: { items: ['/dev/null'] },
      id: Number(id),
      version: 1,
    });
    expect(updated.json).toMatchObject({ items: { items: ['/dev/null'] }, version: 2 });
    expect(
      (await backend.api('PUT', `/api/secure/falco/lists/${id}`, { ...list, version: 1 })).status,
    ).toBe(409);
    expect((await backend.api('POST', '/api/secure/falco/lists', list)).status).toBe(400);
    const appendA = await backend.api('POST', '/api/secure/falco/lists', {
      name: 'shell_binaries',
      items: { items: ['fish'] },
      append: true,
    });
    const appendB = await backend.api('POST', '/api/secure/falco/lists', {
      name: 'shell_binaries',
      items: { items: ['nu'] },
      append: true,
    });
    expect([appendA.status, appendB.status]).toEqual([200, 200]);
    expect(
      (await backend.api('DELETE', `/api/secure/falco/lists/${id}?skipPolicyV2Msg=true`)).status,
    ).toBe(204);
    expect((await backend.api('GET', `/api/secure/falco/lists/${id}`)).status).toBe(404);
  });

  it('[local-secure] #28 macros: nested condition, create 200, update, delete 204; append macros share names', async () => {
    const macro = { name: 'web_port', condition: { condition: 'fd.sport=80' }, append: false };
    const created = await backend.api(
      'POST',
      '/api/secure/falco/macros?skipPolicyV2Msg=true',
      macro,
    );
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ ...macro, version: 1 });
    const id = String((created.json as TJson).id);
    const updated = await backend.api(
      'PUT',
      `/api/secure/falco/macros/${id}?skipPolicyV2Msg=true`,
      { ...macro, condition: { condition: 'fd.sport=443' }, version: 1 },
    );
    expect(updated.json).toMatchObject({ condition: { condition: 'fd.sport=443' }, version: 2 });
    expect(
      (
        await backend.api('POST', '/api/secure/falco/macros', {
          name: 'web_port',
          condition: { condition: 'or fd.sport=8080' },
          append: true,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await backend.api('POST', '/api/secure/falco/macros', {
          name: 'web_port',
          condition: { condition: 'or fd.sport=8081' },
          append: true,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await backend.api('POST', '/api/secure/falco/macros', {
          name: 'broken',
          condition: { condition: '(a' },
        })
      ).json,
    ).toEqual({
      errors: [{ reason: 'Invalid request', message: VALIDATION_MESSAGE }],
    });
    expect(
      (
        await backend.api('POST', '/api/secure/falco/macros', {
          name: 'wrapped',
          condition: 'fd.sport=80',
        })
      ).status,
    ).toBe(400);
    expect(
      (await backend.api('DELETE', `/api/secure/falco/macros/${id}?skipPolicyV2Msg=true`)).status,
    ).toBe(204);
    expect((await backend.api('DELETE', `/api/secure/falco/macros/${id}`)).status).toBe(404);
  });

  it('[local-secure] seeds Falco rules whose macros and lists resolve, marked origin "Sysdig"', async () => {
    const names = [
      'Terminal shell in container',
      'Write below etc',
      'Read sensitive file untrusted',
      'Launch Privileged Container',
      'Contact K8S API Server From Container',
      'Unexpected outbound connection destination',
    ];
    for (const name of names) {
      const rules = (
        await backend.api(
          'GET',
          `/api/secure/rules/groups?name=${encodeURIComponent(name)}&type=syscall`,
        )
      ).json as TJson[];
      expect(rules[0], name).toMatchObject({
        name,
        origin: 'Sysdig',
        details: { ruleType: 'FALCO', source: 'syscall' },
      });
    }
    // Every seeded macro/list used by the seeded conditions exists (ids 1.. are lists then macros).
    for (let id = 1; id <= 18; id += 1) {
      const list = await backend.api('GET', `/api/secure/falco/lists/${id}`);
      const macro = await backend.api('GET', `/api/secure/falco/macros/${id}`);
      expect(list.status === 200 || macro.status === 200, `id ${id}`).toBe(true);
      expect(((list.status === 200 ? list.json : macro.json) as TJson).origin).toBe('Sysdig');
    }
  });
});
