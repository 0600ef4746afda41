import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkConditionBalance } from '../../../lib/local-secure/check-condition-balance.ts';
import { createFaultInjector } from '../../../lib/local-secure/create-fault-injector.ts';
import { startTestBackend, type TTestBackend } from './helpers.ts';

describe('[local-secure] admin endpoints and fault injection', () => {
  let backend: TTestBackend;
  beforeAll(async () => {
    backend = await startTestBackend();
  });
  afterEach(async () => {
    await backend.api('DELETE', '/_admin/faults');
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it('[local-secure] admin endpoints require the token', async () => {
    expect((await fetch(`${backend.url}/_admin/switches`)).status).toBe(401);
  });

  it('[local-secure] GET/PUT _admin/switches reads and merges switches; bad input is 400', async () => {
    const current = (await backend.api('GET', '/_admin/switches')).json as Record<string, unknown>;
    expect(current).toMatchObject({
      autoAppendV1PolicyToPriorities: false,
      missingChannelReturnsNull: false,
      conditionValidationStatus: 400,
    });
    const updated = await backend.api('PUT', '/_admin/switches', {
      missingChannelReturnsNull: true,
    });
    expect(updated.json).toMatchObject({
      missingChannelReturnsNull: true,
      autoAppendV1PolicyToPriorities: false,
    });
    expect((await backend.api('GET', '/api/notificationChannels/424242')).json).toEqual({
      notificationChannel: null,
    });
    await backend.api('PUT', '/_admin/switches', { missingChannelReturnsNull: false });
    const bad = await backend.api('PUT', '/_admin/switches', { noSuchSwitch: true });
    expect(bad.status).toBe(400);
    expect(
      (await backend.api('PUT', '/_admin/switches', { conditionValidationStatus: 500 })).status,
    ).toBe(400);
  });

  it('[local-secure] a status fault answers with Retry-After, after afterCount matches, at most times', async () => {
    const added = await backend.api('POST', '/_admin/faults', {
      method: 'GET',
      pathPattern: '^/api/users/me$',
      status: 429,
      retryAfter: 2,
      afterCount: 1,
      times: 2,
    });
    expect((added.json as { faults: { id: number }[] }).faults[0]?.id).toBeGreaterThan(0);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let index = 0; index < 4; index += 1) {
      const response = await backend.api('GET', '/api/users/me');
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 429, 429, 200]);
    expect(retryAfter).toBe('2');
    const faults = (await backend.api('GET', '/_admin/faults')).json as {
      faults: { matched: number; fired: number }[];
    };
    expect(faults.faults[0]).toMatchObject({ matched: 4, fired: 2 });
  });

  it('[local-secure] fault bodies come in each §6.2 shape', async () => {
    const shapes = [
      {
        bodyShape: 'errors',
        status: 500,
        expected: { errors: [{ reason: 'Injected fault', message: 'boom' }] },
      },
      { bodyShape: 'message', status: 500, expected: { message: 'boom' } },
      { bodyShape: 'details', status: 500, expected: { details: ['boom'] } },
    ] as const;
    for (const shape of shapes) {
      await backend.api('POST', '/_admin/faults', {
        status: shape.status,
        bodyShape: shape.bodyShape,
        message: 'boom',
        times: 1,
      });
      expect((await backend.api('GET', '/api/users/me')).json).toEqual(shape.expected);
    }
    await backend.api('POST', '/_admin/faults', { status: 403, times: 1 });
    expect((await backend.api('GET', '/api/users/me')).json).toMatchObject({
      status: 403,
      error: 'Forbidden',
      path: '/api/users/me',
    });
    await backend.api('POST', '/_admin/faults', {
      status: 502,
      bodyShape: 'text',
      message: 'bad gateway',
      times: 1,
    });
    expect((await backend.api('GET', '/api/users/me')).text).toBe('bad gateway');
  });

  it('[local-secure] a drop fault destroys the connection over HTTP', async () => {
    await backend.api('POST', '/_admin/faults', { drop: true, times: 1 });
    await expect(
      fetch(`${backend.url}/api/users/me`, {
        headers: { authorization: `Bearer ${backend.token}` },
      }),
    ).rejects.toThrow();
    expect((await backend.api('GET', '/api/users/me')).status).toBe(200);
  });

  it('[local-secure] a latency fault holds the answer back (a short client timeout fires) and then serves it', async () => {
    await backend.api('POST', '/_admin/faults', { latencyMs: 3_000, times: 1 });
    await expect(
      fetch(`${backend.url}/api/users/me`, {
        headers: { authorization: `Bearer ${backend.token}` },
        signal: AbortSignal.timeout(100),
      }),
    ).rejects.toThrow();
    expect((await backend.api('GET', '/api/users/me')).status).toBe(200);
  });

  it('[local-secure] _admin/requests logs every API request (auth failures included) and can be cleared', async () => {
    await backend.api('DELETE', '/_admin/requests');
    await backend.api('GET', '/api/v2/policies');
    await fetch(`${backend.url}/api/users/me`);
    const log = (await backend.api('GET', '/_admin/requests')).json as {
      count: number;
      requests: { method: string; path: string; status: number; time: number }[];
    };
    expect(log.count).toBe(2);
    expect(log.requests.map((entry) => [entry.method, entry.path, entry.status])).toEqual([
      ['GET', '/api/v2/policies', 200],
      ['GET', '/api/users/me', 401],
    ]);
    expect(typeof log.requests[0]?.time).toBe('number');
    expect((await backend.api('DELETE', '/_admin/requests')).status).toBe(204);
    expect(((await backend.api('GET', '/_admin/requests')).json as { count: number }).count).toBe(
      0,
    );
    const counters = (await backend.api('GET', '/_admin/counters')).json as Record<string, number>;
    expect(counters).toHaveProperty('forwardPolicyV2Msg');
  });

  it('[local-secure] POST _admin/reset restores the seed data', async () => {
    const created = (await backend.api('POST', '/api/v2/policies', { name: 'to be reset' }))
      .json as { id: number };
    expect((await backend.api('POST', '/_admin/reset')).status).toBe(204);
    expect((await backend.api('GET', `/api/v2/policies/${created.id}`)).status).toBe(404);
    const policies = (await backend.api('GET', '/api/v2/policies')).json as {
      isDefault: boolean;
    }[];
    expect(policies.length).toBe(3);
    expect(policies.every((policy) => policy.isDefault)).toBe(true);
  });

  it('[local-secure] a bad fault rule is a 400 naming the field', async () => {
    const response = await backend.api('POST', '/_admin/faults', { pathPattern: '(' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.json)).toContain('pathPattern');
  });
});

describe('[local-secure] pure helpers', () => {
  it('[local-secure] checkConditionBalance finds missing and extra parentheses outside quotes', () => {
    expect(checkConditionBalance('a and (b or c)')).toBeUndefined();
    expect(checkConditionBalance('a and (b or c')).toBe("expected a ')' token");
    expect(checkConditionBalance('a) and (b')).toBe("unexpected token ')'");
    expect(checkConditionBalance('proc.cmdline contains "(" and fd.name=\')\'')).toBeUndefined();
  });

  it('[local-secure] a fault with rate fires by probability', () => {
    const values = [0.1, 0.9, 0.4];
    const injector = createFaultInjector(() => values.shift() ?? 1);
    injector.add([{ status: 503, rate: 0.5 }]);
    expect(
      [injector.pick('GET', '/a'), injector.pick('GET', '/a'), injector.pick('GET', '/a')].map(
        (rule) => rule?.status,
      ),
    ).toEqual([503, undefined, 503]);
  });
});
