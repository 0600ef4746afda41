import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type TTestBackend } from './helpers.ts';

type TJson = Record<string, unknown>;

const EMAIL = {
  type: 'EMAIL',
  name: 'Example Channel - Email',
  enabled: true,
  options: {
    emailRecipients: ['foo@localhost.com', 'bar@localhost.com'],
    notifyOnOk: false,
    notifyOnResolve: false,
    sendTestNotification: true,
  },
};

// Spec §2.2, §4.6 and §7 rows 11–15: notification channels (both eras).
describe('[local-secure] notification channel contract', () => {
  let backend: TTestBackend;
  beforeAll(async () => {
    backend = await startTestBackend();
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it('[local-secure] #12 #13 #14 #15 create 200, read, update with version, delete exactly 204', async () => {
    const created = await backend.api('POST', '/api/notificationChannels', {
      notificationChannel: EMAIL,
    });
    expect(created.status).toBe(200);
    const channel = (created.json as { notificationChannel: TJson }).notificationChannel;
    expect(channel).toMatchObject({
      ...EMAIL,
      version: 1,
      options: { ...EMAIL.options, sendTestNotification: false },
    });
    const id = String(channel.id);
    expect((await backend.api('GET', `/api/notificationChannels/${id}`)).json).toEqual({
      notificationChannel: channel,
    });

    const updated = await backend.api('PUT', `/api/notificationChannels/${id}`, {
      notificationChannel: { ...EMAIL, id: channel.id, version: 1, name: 'renamed' },
    });
    expect(updated.status).toBe(200);
    expect((updated.json as { notificationChannel: TJson }).notificationChannel).toMatchObject({
      name: 'renamed',
      version: 2,
    });
    expect(
      (
        await backend.api('PUT', `/api/notificationChannels/${id}`, {
          notificationChannel: { ...EMAIL, version: 1 },
        })
      ).status,
    ).toBe(409);

    const deleted = await backend.api('DELETE', `/api/notificationChannels/${id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await backend.api('GET', `/api/notificationChannels/${id}`)).status).toBe(404);
  });

  it('[local-secure] #11 GET /api/notificationChannels lists in {"notificationChannels":[…]}', async () => {
    const created = (
      await backend.api('POST', '/api/notificationChannels', {
        notificationChannel: { ...EMAIL, name: 'listed' },
      })
    ).json as { notificationChannel: TJson };
    const list = await backend.api('GET', '/api/notificationChannels');
    expect(list.status).toBe(200);
    expect((list.json as { notificationChannels: TJson[] }).notificationChannels).toContainEqual(
      created.notificationChannel,
    );
  });

  it('[local-secure] SEED-faithful switch: a missing channel is 200 {"notificationChannel":null}', async () => {
    backend.server.localSecure.setSwitches({ missingChannelReturnsNull: true });
    try {
      const missing = await backend.api('GET', '/api/notificationChannels/987654');
      expect(missing.status).toBe(200);
      expect(missing.json).toEqual({ notificationChannel: null });
    } finally {
      backend.server.localSecure.setSwitches({ missingChannelReturnsNull: false });
    }
    expect((await backend.api('GET', '/api/notificationChannels/987654')).status).toBe(404);
  });

  it('[local-secure] rejects a Slack privacy flip with the real #633 error', async () => {
    const slack = {
      type: 'SLACK',
      name: 'slack',
      enabled: true,
      teamId: 10001,
      options: {
        url: 'https://hooks.slack.com/x',
        channel: '#sysdig',
        notifyOnOk: false,
        notifyOnResolve: false,
      },
    };
    const created = (
      await backend.api('POST', '/api/notificationChannels', { notificationChannel: slack })
    ).json as { notificationChannel: TJson };
    expect(created.notificationChannel.teamId).toBe(10001);
    const flip = await backend.api(
      'PUT',
      `/api/notificationChannels/${String(created.notificationChannel.id)}`,
      {
        notificationChannel: {
          ...slack,
          version: 1,
          options: { ...slack.options, privateChannel: true },
        },
      },
    );
    expect(flip.status).toBe(400);
    expect(flip.json).toEqual({
      errors: [
        {
          reason: 'Invalid request',
          message:
            'A Slack private channel can not be set to public and vice-versa. No privateChannel definition is equivalent to false.',
        },
      ],
    });
  });

  it('[local-secure] requires name and type', async () => {
    const response = await backend.api('POST', '/api/notificationChannels', {
      notificationChannel: { name: 'no type', options: {} },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.json)).toContain('"type\\" is required');
  });
});
