import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllSnapshot } from '../../../lib/secure/read-all-snapshot.ts';
import { startTestBackend, type TTestBackend } from '../local-secure/helpers.ts';
import { clientFor } from './helpers.ts';

describe('[secure] readAllSnapshot', () => {
  let backend: TTestBackend;
  beforeAll(async () => {
    backend = await startTestBackend();
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it('[secure] reads list endpoints once and by-id objects with bounded concurrency, reporting 404s as missing', async () => {
    const { client } = clientFor(backend);
    const rules = await Promise.all(
      [1, 2, 3].map((index) =>
        client.createRule({
          name: `snap rule ${index}`,
          tags: [],
          details: {
            ruleType: 'FALCO',
            source: 'syscall',
            output: 'o',
            priority: 'notice',
            condition: { condition: 'evt.type=open' },
          },
        }),
      ),
    );
    const list = await client.createList({
      name: 'snap_list',
      items: { items: ['a'] },
      append: false,
    });
    const macro = await client.createMacro({
      name: 'snap_macro',
      condition: { condition: 'a' },
      append: false,
    });
    await client.createChannel({
      type: 'EMAIL',
      name: 'snap channel',
      options: { emailRecipients: ['a@b.c'] },
    });
    const before = client.requestCount;

    let inFlight = 0;
    let peak = 0;
    const { client: counted } = clientFor(backend, {
      fetch: async (input, init) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        try {
          return await fetch(input, init);
        } finally {
          inFlight -= 1;
        }
      },
    });
    const snapshot = await readAllSnapshot(counted, {
      ruleIds: [...rules.map((rule) => Number(rule.id)), 999_999],
      listIds: [Number(list.id)],
      macroIds: [Number(macro.id)],
      ruleNames: ['Terminal shell in container', 'snap rule 1', 'snap rule 1'],
      concurrency: 2,
    });
    expect(client.requestCount).toBe(before);
    // 5 list endpoints + 4 rules + 1 list + 1 macro + 2 distinct names.
    expect(snapshot.requestCount).toBe(13);
    expect(counted.requestCount).toBe(13);
    expect(peak).toBeLessThanOrEqual(2);
    expect(snapshot.rules.map((rule) => rule.name)).toEqual([
      'snap rule 1',
      'snap rule 2',
      'snap rule 3',
    ]);
    expect(snapshot.missing).toEqual({ ruleIds: [999_999], listIds: [], macroIds: [] });
    expect(snapshot.lists[0]?.name).toBe('snap_list');
    expect(snapshot.macros[0]?.name).toBe('snap_macro');
    expect(snapshot.channels.map((channel) => channel.name)).toContain('snap channel');
    expect(snapshot.v2Policies.some((policy) => policy.isDefault)).toBe(true);
    expect(snapshot.priorities?.version).toBe(1);
    expect(snapshot.userRulesFile?.version).toBe(1);
    expect(Object.keys(snapshot.rulesByName)).toEqual([
      'Terminal shell in container',
      'snap rule 1',
    ]);
    expect(snapshot.rulesByName['Terminal shell in container']?.[0]?.origin).toBe('Sysdig');
  });

  it('[secure] can skip the SEED-era endpoints', async () => {
    const { client } = clientFor(backend);
    const snapshot = await readAllSnapshot(client, { isSeedEra: false });
    expect(snapshot.requestCount).toBe(2);
    expect(snapshot.priorities).toBeUndefined();
  });

  it('[secure] a failure other than 404 throws', async () => {
    const { client } = clientFor(backend, { retry: { maxAttempts: 1 } });
    backend.server.localSecure.addFaults([
      { pathPattern: '^/api/secure/rules/', status: 500, times: 1 },
    ]);
    await expect(readAllSnapshot(client, { ruleIds: [1] })).rejects.toMatchObject({
      code: 'SECURE_UPSTREAM',
    });
    backend.server.localSecure.clearFaults();
  });
});
