import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/errors/app-error.ts';
import type { TRetryEvent } from '../../../lib/secure/secure-transport.ts';
import { startTestBackend, type TTestBackend } from '../local-secure/helpers.ts';
import { clientFor } from './helpers.ts';

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

// Spec §6.2 (errors) and §6.3 (retries, timeouts), driven by the local backend's fault injection.
describe('[secure] client retries and errors', () => {
  let backend: TTestBackend;
  beforeAll(async () => {
    backend = await startTestBackend();
  });
  afterEach(() => {
    backend.server.localSecure.clearFaults();
    backend.server.localSecure.setSwitches({ conflictOnStaleVersion: true });
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it('[secure] retries 503 with capped exponential backoff and succeeds', async () => {
    const events: TRetryEvent[] = [];
    const { client } = clientFor(backend, { onRetry: (event) => events.push(event) });
    backend.server.localSecure.addFaults([
      { pathPattern: '^/api/v2/policies$', status: 503, times: 3 },
    ]);
    const policies = await client.listV2Policies();
    expect(policies.length).toBeGreaterThan(0);
    expect(client.requestCount).toBe(4);
    expect(events.map((event) => event.delayMs)).toEqual([5, 10, 20]);
    expect(events[0]).toMatchObject({ call: 'GET /api/v2/policies', attempt: 1, status: 503 });
  });

  it('[secure] gives up after maxAttempts and reports the last status and message', async () => {
    const { client } = clientFor(backend);
    backend.server.localSecure.addFaults([
      { pathPattern: '^/api/v2/policies/', status: 502, message: 'upstream down' },
    ]);
    const error = await caught(client.getV2Policy(77));
    expect(error.code).toBe('SECURE_UPSTREAM');
    expect(error.message).toBe(
      'GET /api/v2/policies/77 (v2 policy id 77) → 502 Bad Gateway: Injected fault, upstream down (gave up after 4 attempts)',
    );
    expect(client.requestCount).toBe(4);
  });

  it('[secure] stops retrying when the total time budget would be exceeded', async () => {
    const { client } = clientFor(backend, {
      retry: { maxAttempts: 10, minDelayMs: 40, maxDelayMs: 40, maxTotalMs: 100 },
    });
    backend.server.localSecure.addFaults([{ status: 500 }]);
    await expect(client.listChannels()).rejects.toMatchObject({ code: 'SECURE_UPSTREAM' });
    expect(client.requestCount).toBeLessThanOrEqual(3);
  });

  it('[secure] does not retry 501 or 400', async () => {
    const { client } = clientFor(backend);
    backend.server.localSecure.addFaults([{ status: 501, times: 1 }]);
    await expect(client.listChannels()).rejects.toMatchObject({ code: 'SECURE_UPSTREAM' });
    expect(client.requestCount).toBe(1);
    const bad = await caught(
      client.createMacro({ name: 'bad macro', condition: { condition: '(a' }, append: false }),
    );
    expect(client.requestCount).toBe(2);
    expect(bad.message).toContain(
      'POST /api/secure/falco/macros (macro "bad macro") → 400 Bad Request: Invalid request, File failed to pass validation',
    );
    expect(bad.message).toContain("Reason: expected a ')' token");
  });

  it('[secure] honours Retry-After on 429', async () => {
    const events: TRetryEvent[] = [];
    const { client } = clientFor(backend, { onRetry: (event) => events.push(event) });
    backend.server.localSecure.addFaults([
      { status: 429, retryAfter: 0, times: 1 },
      { status: 503, retryAfter: 0, times: 1 },
    ]);
    await client.getCurrentUser();
    expect(events.map((event) => [event.status, event.delayMs])).toEqual([
      [429, 0],
      [503, 0],
    ]);
    const { client: slow } = clientFor(backend, {
      onRetry: (event) => events.push(event),
      retry: { maxTotalMs: 500 },
    });
    backend.server.localSecure.addFaults([{ status: 429, retryAfter: 1, times: 1 }]);
    // A 1 s Retry-After does not fit a 500 ms budget: give up at once with the 429.
    await expect(slow.getCurrentUser()).rejects.toThrow('429 Too Many Requests');
    expect(slow.requestCount).toBe(1);
  });

  it('[secure] retries dropped connections, and reports a connection error when they persist', async () => {
    const { client } = clientFor(backend);
    backend.server.localSecure.addFaults([{ drop: true, times: 2 }]);
    expect((await client.getCurrentUser()).currentTeam).toBe(10001);
    expect(client.requestCount).toBe(3);
    backend.server.localSecure.addFaults([{ drop: true }]);
    const error = await caught(client.getV2Policy(5));
    expect(error.code).toBe('SECURE_UPSTREAM');
    expect(error.message).toMatch(
      /^GET \/api\/v2\/policies\/5 \(v2 policy id 5\) failed: connection error \(.+\) \(gave up after 4 attempts\)$/,
    );
  });

  it('[secure] times out slow answers per attempt', async () => {
    const { client } = clientFor(backend, { timeoutMs: 50, retry: { maxAttempts: 2 } });
    backend.server.localSecure.addFaults([{ latencyMs: 300 }]);
    const error = await caught(client.listChannels());
    expect(error.code).toBe('SECURE_UPSTREAM');
    expect(error.message).toBe(
      'GET /api/notificationChannels (notification channels) failed: timed out after 50 ms (gave up after 2 attempts)',
    );
  });

  it('[secure] a stale version is retried, then surfaces as CONFLICT naming the object', async () => {
    const { client } = clientFor(backend);
    const policy = await client.createV2Policy({ name: 'contended' });
    const id = Number(policy.id);
    await client.updateV2Policy(id, { ...policy, version: 1 });
    const error = await caught(
      client.updateV2Policy(id, { ...policy, version: 1, description: 'stale' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      `PUT /api/v2/policies/${id} (v2 policy "contended", id ${id}) → 409 Conflict: Conflict, Policy ${id} has been modified: expected version 2, got 1 (gave up after 4 attempts)`,
    );
    expect(error.userMessage).toContain('v2 policy "contended"');
  });

  it('[secure] a transient 409 is retried to success', async () => {
    const { client } = clientFor(backend);
    backend.server.localSecure.addFaults([{ method: 'POST', status: 409, times: 1 }]);
    expect(
      await client.createList({ name: 'after_conflict', items: { items: [] }, append: false }),
    ).toMatchObject({ version: 1 });
    expect(client.requestCount).toBe(2);
  });

  it('[secure] reads each of the four error body shapes, and falls back to the status line', async () => {
    const { client } = clientFor(backend);
    const cases = [
      { bodyShape: 'errors', message: 'm1', expected: 'Injected fault, m1' },
      { bodyShape: 'spring', message: '', expected: 'Forbidden' },
      { bodyShape: 'message', message: 'plain message', expected: 'plain message' },
      { bodyShape: 'details', message: 'a; b', expected: 'a, b' },
      { bodyShape: 'text', message: '<html>oops</html>', expected: '403 Forbidden' },
    ] as const;
    for (const item of cases) {
      backend.server.localSecure.addFaults([
        { status: 403, bodyShape: item.bodyShape, message: item.message, times: 1 },
      ]);
      const error = await caught(client.getRule(3));
      expect(error.message).toBe(
        `GET /api/secure/rules/3 (rule id 3) → 403 Forbidden: ${item.expected}`,
      );
    }
  });

  it('[secure] 401 names the call and never contains the token', async () => {
    const { client } = clientFor(backend, { token: 'wrong-token-secret' });
    const error = await caught(client.listV2Policies());
    expect(error.message).toBe(
      'GET /api/v2/policies (v2 policies) → 401 Unauthorized: Unauthorized',
    );
    expect(`${error.message} ${error.userMessage} ${JSON.stringify(error.details)}`).not.toContain(
      'wrong-token-secret',
    );
  });

  it('[secure] a server message echoing the token is redacted', async () => {
    const { client } = clientFor(backend);
    backend.server.localSecure.addFaults([
      { status: 400, bodyShape: 'message', message: `bad token ${backend.token}`, times: 1 },
    ]);
    const error = await caught(client.listChannels());
    expect(error.message).toContain('bad token ***');
    expect(error.message).not.toContain(backend.token);
  });

  it('[secure] v2 policy create accepts 200 only', async () => {
    const { client } = clientFor(backend);
    backend.server.localSecure.addFaults([
      { method: 'POST', status: 201, bodyShape: 'message', message: 'created', times: 1 },
    ]);
    await expect(client.createV2Policy({ name: 'x' })).rejects.toThrow('→ 201 Created: created');
  });

  it('[secure] an aborted call is not retried', async () => {
    const { client } = clientFor(backend);
    backend.server.localSecure.addFaults([{ latencyMs: 200 }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await expect(client.listChannels({ signal: controller.signal })).rejects.toThrow(
      'was cancelled',
    );
    expect(client.requestCount).toBe(1);
  });
});
