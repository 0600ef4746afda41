import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalSecure } from '../../../lib/local-secure/create-local-secure.ts';
import { stateFilePath } from '../../../lib/local-secure/state-files.ts';
import { startTestBackend } from './helpers.ts';

type TJson = Record<string, unknown>;

describe('[local-secure] persistence', () => {
  it('[local-secure] objects, versions, counters and id sequence survive a restart on the same data dir', async () => {
    const first = await startTestBackend();
    const policy = (
      await first.api('POST', '/api/v2/policies?skipPolicyV2Msg=true', {
        name: 'persisted',
        rules: [],
      })
    ).json as TJson;
    await first.api('PUT', `/api/v2/policies/${String(policy.id)}`, {
      name: 'persisted v2',
      version: 1,
    });
    const channel = (
      await first.api('POST', '/api/notificationChannels', {
        notificationChannel: { type: 'EMAIL', name: 'c', options: { emailRecipients: ['a@b.c'] } },
      })
    ).json as { notificationChannel: TJson };
    await first.api('PUT', '/api/settings/falco/userRulesFile', {
      userRulesFile: { content: 'x', version: 1 },
    });
    await first.api('POST', '/api/v2/policies/actions?action=forwardPolicyV2Msg');
    await first.stop();

    const second = await startTestBackend({ dataDir: first.dataDir });
    try {
      expect((await second.api('GET', `/api/v2/policies/${String(policy.id)}`)).json).toMatchObject(
        { name: 'persisted v2', version: 2 },
      );
      expect(
        (
          await second.api(
            'GET',
            `/api/notificationChannels/${String(channel.notificationChannel.id)}`,
          )
        ).json,
      ).toEqual(channel);
      expect((await second.api('GET', '/api/settings/falco/userRulesFile')).json).toEqual({
        userRulesFile: { content: 'x', version: 2 },
      });
      expect(await second.server.localSecure.getForwardPolicyV2MsgCount()).toBe(1);
      const next = (await second.api('POST', '/api/v2/policies', { name: 'after restart' }))
        .json as TJson;
      expect(Number(next.id)).toBeGreaterThan(Number(channel.notificationChannel.id));
      // Atomic writes leave no temp files behind.
      expect((await readdir(first.dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      await second.dispose();
    }
  });

  it('[local-secure] concurrent writes all reach the disk (group commit) with unique ids', async () => {
    const backend = await startTestBackend();
    const created = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        backend.api('POST', '/api/secure/falco/lists', {
          name: `l${index}`,
          items: { items: [] },
          append: false,
        }),
      ),
    );
    const ids = created.map((response) => (response.json as TJson).id);
    expect(new Set(ids).size).toBe(40);
    await backend.stop();
    const lists = JSON.parse(
      await readFile(stateFilePath(backend.dataDir, 'lists'), 'utf8'),
    ) as TJson[];
    for (const id of ids) expect(lists.some((list) => list.id === id)).toBe(true);
    await backend.dispose();
  });

  it('[local-secure] rewrites only the changed parts and recovers nextId past every stored id', async () => {
    const backend = await startTestBackend();
    const rulesBefore = await readFile(stateFilePath(backend.dataDir, 'rules'), 'utf8');
    const list = (
      await backend.api('POST', '/api/secure/falco/lists', {
        name: 'only_lists',
        items: { items: [] },
      })
    ).json as TJson;
    expect(await readFile(stateFilePath(backend.dataDir, 'rules'), 'utf8')).toBe(rulesBefore);
    await backend.stop();
    // Simulate a crash between the collection write and the meta write: meta's nextId is stale.
    const meta = JSON.parse(
      await readFile(stateFilePath(backend.dataDir, 'meta'), 'utf8'),
    ) as TJson;
    await writeFile(stateFilePath(backend.dataDir, 'meta'), JSON.stringify({ ...meta, nextId: 1 }));
    const restarted = await startTestBackend({ dataDir: backend.dataDir });
    const next = (
      await restarted.api('POST', '/api/secure/falco/lists', {
        name: 'after_crash',
        items: { items: [] },
      })
    ).json as TJson;
    expect(Number(next.id)).toBe(Number(list.id) + 1);
    await restarted.dispose();
  });

  it('[local-secure] a corrupt state file makes ready() reject instead of reseeding over it', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'rampart-local-secure-'));
    await writeFile(stateFilePath(dataDir, 'meta'), '{ not json');
    const localSecure = createLocalSecure({ dataDir, token: 't' });
    await expect(localSecure.ready()).rejects.toThrow();
    expect(await readFile(stateFilePath(dataDir, 'meta'), 'utf8')).toBe('{ not json');
    await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });

  it('[local-secure] works as a web handler under a base path (Next mount)', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'rampart-local-secure-'));
    const localSecure = createLocalSecure({ dataDir, token: 't', basePath: '/local-secure' });
    const headers = { authorization: 'Bearer t' };
    const me = await localSecure.handle(
      new Request('http://x/local-secure/api/users/me', { headers }),
    );
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: TJson }).user.currentTeam).toBe(10001);
    expect(
      (await localSecure.handle(new Request('http://x/api/users/me', { headers }))).status,
    ).toBe(404);
    // A drop fault cannot destroy a connection here: 503 with a note.
    localSecure.addFaults([{ drop: true, times: 1 }]);
    const dropped = await localSecure.handle(
      new Request('http://x/local-secure/api/users/me', { headers }),
    );
    expect(dropped.status).toBe(503);
    expect(await dropped.text()).toMatch(/drop/);
    await localSecure.close();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });

  it('[local-secure] two instances on one data dir in one process share state instead of overwriting it', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'rampart-local-secure-'));
    const headers = { authorization: 'Bearer t', 'content-type': 'application/json' };
    const first = createLocalSecure({ dataDir, token: 't' });
    const second = createLocalSecure({ dataDir, token: 't', basePath: '/local-secure' });
    const post = (instance: typeof first, prefix: string, name: string): Promise<Response> =>
      instance.handle(
        new Request(`http://x${prefix}/api/secure/falco/lists`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ name, items: { items: [] } }),
        }),
      );
    expect((await post(first, '', 'one')).status).toBe(200);
    expect((await post(second, '/local-secure', 'two')).status).toBe(200);
    await first.close();
    await second.close();
    const lists = JSON.parse(await readFile(stateFilePath(dataDir, 'lists'), 'utf8')) as TJson[];
    expect(lists.map((list) => list.name)).toEqual(expect.arrayContaining(['one', 'two']));
    await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });
});
