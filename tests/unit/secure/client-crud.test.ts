import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/errors/app-error.ts';
import { startTestBackend, type TTestBackend } from '../local-secure/helpers.ts';
import { clientFor } from './helpers.ts';

// Every CRUD operation of every type, both eras, over HTTP against the local backend.
describe('[secure] client CRUD against local Secure', () => {
  let backend: TTestBackend;
  beforeAll(async () => {
    backend = await startTestBackend();
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it('[secure] sends the provider headers, and only Authorization + User-Agent to /api/users/me', async () => {
    const { client, sent } = clientFor(backend);
    const user = await client.getCurrentUser();
    expect(user.currentTeam).toBe(10001);
    await client.listV2Policies();
    expect(sent[0]?.headers).toEqual({
      authorization: `Bearer ${backend.token}`,
      'user-agent': 'Rampart/0.1.0',
    });
    expect(sent[1]?.headers).toEqual({
      authorization: `Bearer ${backend.token}`,
      'user-agent': 'Rampart/0.1.0',
      'content-type': 'application/json',
      'sysdig-provider': 'Terraform',
    });
    expect(sent[1]?.url).toBe(`${backend.url}/api/v2/policies`);
    expect(client.requestCount).toBe(2);
  });

  it('[secure] v2 policies: list (with query), create, get, update with version, delete, forward', async () => {
    const { client, sent } = clientFor(backend);
    const created = await client.createV2Policy({
      id: 99,
      version: 7,
      name: 'custom',
      description: 'd',
      rules: [{ ruleName: 'Write below etc', enabled: true }],
      actions: [],
      notificationChannelIds: [],
      type: 'falco',
      extra: 'kept',
    });
    expect(created).toMatchObject({
      name: 'custom',
      version: 1,
      ruleNames: ['Write below etc'],
      extra: 'kept',
    });
    expect(sent[0]?.url).toBe(`${backend.url}/api/v2/policies?skipPolicyV2Msg=true`);
    expect(JSON.parse(sent[0]?.body ?? '{}')).not.toHaveProperty('id');
    expect(JSON.parse(sent[0]?.body ?? '{}')).not.toHaveProperty('version');
    const id = Number(created.id);
    expect(await client.getV2Policy(id)).toEqual(created);
    const updated = await client.updateV2Policy(id, { ...created, version: 1, severity: 2 });
    expect(updated).toMatchObject({ severity: 2, version: 2 });
    expect(sent[2]?.url).toBe(`${backend.url}/api/v2/policies/${id}?skipPolicyV2Msg=true`);
    expect(JSON.parse(sent[2]?.body ?? '{}')).toMatchObject({ id, version: 1 });
    const listed = await client.listV2Policies({
      policyType: 'falco',
      filter: 'custom',
      limit: 1000,
    });
    expect(listed.map((policy) => policy.id)).toEqual([id]);
    expect(sent[3]?.url).toBe(
      `${backend.url}/api/v2/policies?policyType=falco&filter=custom&limit=1000`,
    );
    await client.deleteV2Policy(id);
    expect(sent[4]?.url).toBe(`${backend.url}/api/v2/policies/${id}?skipPolicyV2Msg=true`);
    await expect(client.getV2Policy(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(client.deleteV2Policy(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const before = await backend.server.localSecure.getForwardPolicyV2MsgCount();
    expect(client.hasPendingForward).toBe(true);
    await client.forwardPolicyV2Msg();
    expect(client.hasPendingForward).toBe(false);
    expect(await backend.server.localSecure.getForwardPolicyV2MsgCount()).toBe(before + 1);
    expect(sent.at(-1)?.url).toBe(
      `${backend.url}/api/v2/policies/actions?action=forwardPolicyV2Msg`,
    );
    expect(sent.at(-1)?.body).toBeUndefined();
  });

  it('[secure] sends extra headers on every request', async () => {
    const { client, sent } = clientFor(backend, { extraHeaders: { 'X-Team': 'blue' } });
    await client.getCurrentUser();
    await client.listChannels();
    expect(sent.map((request) => request.headers['x-team'])).toEqual(['blue', 'blue']);
    expect(client.hasPendingForward).toBe(false);
  });

  it('[secure] skipPolicyV2Msg=false is sent when configured', async () => {
    const { client, sent } = clientFor(backend, { skipPolicyV2Msg: false });
    const list = await client.createList({
      name: 'skip_false',
      items: { items: [] },
      append: false,
    });
    await client.deleteList(Number(list.id));
    expect(sent.map((request) => new URL(request.url).search)).toEqual([
      '?skipPolicyV2Msg=false',
      '?skipPolicyV2Msg=false',
    ]);
  });

  it('[secure] rules: create, get, update, find by name, delete', async () => {
    const { client, sent } = clientFor(backend);
    const rule = await client.createRule({
      name: 'client rule',
      description: 'x',
      tags: ['a'],
      details: {
        ruleType: 'FALCO',
        source: 'syscall',
        output: 'o',
        priority: 'warning',
        condition: { condition: 'proc.name=x', components: [] },
      },
    });
    expect(rule).toMatchObject({
      version: 1,
      details: { priority: 'WARNING' },
      origin: 'Secure UI',
    });
    const id = Number(rule.id);
    expect(await client.getRule(id)).toEqual(rule);
    expect(await client.updateRule(id, { ...rule, version: 1, tags: [] })).toMatchObject({
      version: 2,
      tags: [],
    });
    const group = await client.findRulesByName('client rule', 'syscall');
    expect(group.map((found) => found.id)).toEqual([id]);
    expect(sent.at(-1)?.url).toBe(
      `${backend.url}/api/secure/rules/groups?name=client+rule&type=syscall`,
    );
    await client.deleteRule(id);
    await expect(client.getRule(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(client.deleteRule(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('[secure] lists and macros: create, get, update, delete (macro delete tolerates 404)', async () => {
    const { client } = clientFor(backend);
    const list = await client.createList({
      name: 'client_list',
      items: { items: ['a'] },
      append: false,
    });
    const listId = Number(list.id);
    expect(await client.getList(listId)).toEqual(list);
    expect(
      await client.updateList(listId, { ...list, version: 1, items: { items: ['a', 'b'] } }),
    ).toMatchObject({ version: 2, items: { items: ['a', 'b'] } });
    await client.deleteList(listId);
    await expect(client.getList(listId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(client.deleteList(listId)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const macro = await client.createMacro({
      name: 'client_macro',
      condition: { condition: 'fd.sport=80' },
      append: false,
    });
    const macroId = Number(macro.id);
    expect(await client.getMacro(macroId)).toEqual(macro);
    expect(
      await client.updateMacro(macroId, {
        ...macro,
        version: 1,
        condition: { condition: 'fd.sport=81' },
      }),
    ).toMatchObject({ version: 2 });
    await client.deleteMacro(macroId);
    await client.deleteMacro(macroId);
    await expect(client.getMacro(macroId)).rejects.toBeInstanceOf(AppError);
  });

  it('[secure] notification channels: list, create, get, update, delete (404 tolerated); null body is NOT_FOUND', async () => {
    const { client, sent } = clientFor(backend);
    const channel = await client.createChannel({
      type: 'WEBHOOK',
      name: 'hook',
      enabled: true,
      options: { url: 'http://localhost:8080', notifyOnOk: false, notifyOnResolve: false },
    });
    expect(JSON.parse(sent[0]?.body ?? '{}')).toHaveProperty('notificationChannel');
    const id = Number(channel.id);
    expect(await client.getChannel(id)).toEqual(channel);
    expect(
      await client.updateChannel(id, { ...channel, version: 1, enabled: false }),
    ).toMatchObject({ enabled: false, version: 2 });
    expect((await client.listChannels()).map((item) => item.id)).toContain(id);
    await client.deleteChannel(id);
    await client.deleteChannel(id);
    await expect(client.getChannel(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    backend.server.localSecure.setSwitches({ missingChannelReturnsNull: true });
    try {
      await expect(client.getChannel(id)).rejects.toThrow(
        `notificationChannel with ID: ${id} does not exists`,
      );
    } finally {
      backend.server.localSecure.setSwitches({ missingChannelReturnsNull: false });
    }
  });

  it('[secure] v1 policies, priorities and the user rules file (SEED era)', async () => {
    const { client, sent } = clientFor(backend);
    const policy = await client.createV1Policy({
      name: 'v1',
      description: 'd',
      severity: 4,
      containerScope: true,
      hostScope: true,
      enabled: true,
      falcoConfiguration: { ruleNameRegEx: 'x' },
    });
    expect(JSON.parse(sent[0]?.body ?? '{}')).toEqual({
      policy: {
        name: 'v1',
        description: 'd',
        severity: 4,
        containerScope: true,
        hostScope: true,
        enabled: true,
        falcoConfiguration: { ruleNameRegEx: 'x' },
      },
    });
    const id = Number(policy.id);
    expect(await client.getV1Policy(id)).toEqual(policy);
    expect(
      await client.updateV1Policy(id, { ...policy, version: 1, enabled: false }),
    ).toMatchObject({ version: 2, enabled: false });
    expect((await client.listV1Policies()).map((item) => item.id)).toContain(id);

    const priorities = await client.getPriorities();
    const put = await client.putPriorities({ policyIds: [id], version: priorities.version });
    expect(put).toMatchObject({ policyIds: [id], version: Number(priorities.version) + 1 });
    await client.deleteV1Policy(id);
    backend.server.localSecure.addFaults([{ method: 'DELETE', status: 503, times: 1 }]);
    const attemptsBefore = client.requestCount;
    await client.deleteV1Policy(id); // SEED accepts any final status (here 404, after one retried 503)
    expect(client.requestCount - attemptsBefore).toBe(2);
    await expect(client.getV1Policy(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const file = await client.getUserRulesFile();
    const saved = await client.putUserRulesFile({
      content: '- list: a\n  items: []\n',
      version: file.version,
    });
    expect(saved).toEqual({ content: '- list: a\n  items: []\n', version: file.version + 1 });
    expect(JSON.parse(sent.at(-1)?.body ?? '{}')).toEqual({
      userRulesFile: { content: '- list: a\n  items: []\n', version: file.version },
    });
  });
});
