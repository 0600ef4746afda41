import 'server-only';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZNotificationChannel, type TNotificationChannel } from './types.ts';

/**
 * `POST /api/notificationChannels` with `{"notificationChannel":…}` (spec §4.6, §7 #12): 200 or 201.
 * Throws AppError (see `sendRequest`).
 */
export function createChannel(
  transport: TSecureTransport,
  channel: TNotificationChannel,
  options?: TCallOptions,
): Promise<TNotificationChannel> {
  const { id: _id, version: _version, ...body } = channel;
  return requestParsed(
    transport,
    {
      method: 'POST',
      path: '/api/notificationChannels',
      body: { notificationChannel: body },
      accept: [200, 201],
      object: { kind: 'notification channel', name: channel.name },
    },
    ZNotificationChannel,
    'notificationChannel',
    options,
  );
}
