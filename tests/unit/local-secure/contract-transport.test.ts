import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type TTestBackend } from './helpers.ts';

// Spec §6.2 error shapes, §7 auth, wrappers and limits, checked with raw fetch over HTTP.
describe('[local-secure] transport contract', () => {
  let backend: TTestBackend;
  beforeAll(async () => {
    backend = await startTestBackend();
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it('[local-secure] answers 401 in the Spring shape 2 without a bearer token', async () => {
    const response = await fetch(`${backend.url}/api/v2/policies`);
    expect(response.status).toBe(401);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 401, error: 'Unauthorized', path: '/api/v2/policies' });
    expect(typeof body.timestamp).toBe('number');
  });

  it('[local-secure] answers 401 for a wrong token and for a non-Bearer scheme', async () => {
    expect(
      (await backend.api('GET', '/api/users/me', undefined, { authorization: 'Bearer nope' }))
        .status,
    ).toBe(401);
    expect(
      (await backend.api('GET', '/api/users/me', undefined, { authorization: backend.token }))
        .status,
    ).toBe(401);
  });

  it('[local-secure] accepts and ignores Sysdig-Provider, User-Agent and extra headers', async () => {
    const response = await backend.api('GET', '/api/users/me', undefined, {
      'sysdig-provider': 'Terraform',
      'user-agent': 'x/1',
      'x-extra': 'y',
    });
    expect(response.status).toBe(200);
  });

  it('[local-secure] answers 404 shape 1 for an unknown path and 405 for an unsupported method', async () => {
    const unknown = await backend.api('GET', '/api/nothing/here');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({
      errors: [{ reason: 'Not Found', message: 'No endpoint GET /api/nothing/here' }],
    });
    const method = await backend.api('PATCH', '/api/v2/policies');
    expect(method.status).toBe(405);
    expect((method.json as { errors: unknown[] }).errors).toHaveLength(1);
  });

  it('[local-secure] answers 400 shape 1 for a body that is not JSON', async () => {
    const response = await backend.api(
      'POST',
      '/api/v2/policies?skipPolicyV2Msg=true',
      '{"name": ',
    );
    expect(response.status).toBe(400);
    const [error] = (response.json as { errors: { reason: string; message: string }[] }).errors;
    expect(error?.reason).toBe('Invalid request');
    expect(error?.message).toMatch(/not valid JSON/);
  });

  it('[local-secure] answers 400 with a clear message for a wrong or missing wrapper', async () => {
    const v1 = await backend.api('POST', '/api/policies', { name: 'unwrapped' });
    expect(v1.status).toBe(400);
    expect(JSON.stringify(v1.json)).toContain('{\\"policy\\": {…}}');
    const v2 = await backend.api('POST', '/api/v2/policies', { policy: { name: 'wrapped' } });
    expect(v2.status).toBe(400);
    expect(JSON.stringify(v2.json)).toMatch(/not wrapped in/);
    const channel = await backend.api('POST', '/api/notificationChannels', {
      channel: { name: 'x', type: 'EMAIL' },
    });
    expect(channel.status).toBe(400);
    const list = await backend.api('POST', '/api/secure/falco/lists', {
      name: 'l',
      items: ['a'],
      append: false,
    });
    expect(list.status).toBe(400);
    expect(JSON.stringify(list.json)).toContain('items');
  });

  it('[local-secure] answers 413 for a body over 5 MB', async () => {
    const huge = JSON.stringify({ name: 'big', description: 'x'.repeat(5 * 1024 * 1024 + 10) });
    const response = await backend.api('POST', '/api/v2/policies', huge);
    expect(response.status).toBe(413);
    expect((response.json as { errors: unknown[] }).errors).toHaveLength(1);
  });

  it('[local-secure] keeps and echoes unknown request fields', async () => {
    const created = await backend.api('POST', '/api/v2/policies?skipPolicyV2Msg=true', {
      name: 'echo',
      description: '',
      someFutureField: { a: [1, 2] },
    });
    expect(created.status).toBe(200);
    const id = (created.json as { id: number }).id;
    const read = await backend.api('GET', `/api/v2/policies/${id}`);
    expect((read.json as Record<string, unknown>).someFutureField).toEqual({ a: [1, 2] });
  });

  it('[local-secure] answers 404 shape 1 for a non-numeric or unknown id', async () => {
    for (const path of [
      '/api/v2/policies/abc',
      '/api/v2/policies/999999',
      '/api/secure/rules/0',
      '/api/policies/999999',
    ]) {
      const response = await backend.api('GET', path);
      expect(response.status, path).toBe(404);
      expect((response.json as { errors: { reason: string }[] }).errors[0]?.reason).toBe(
        'Not Found',
      );
    }
  });
});
