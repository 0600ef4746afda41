import 'server-only';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZNotificationChannel, type TNotificationChannel } from './types.ts';

/**
 * `PUT /api/notificationChannels/{id}` with `{"notificationChannel":{…,"id","version"}}` (spec §4.6, §7 #14): 200.
 * Throws AppError (see `sendRequest`).
 */
export function updateChannel(
  transport: TSecureTransport,
  id: number,
  channel: TNotificationChannel & { version: number },
  options?: TCallOptions,
): Promise<TNotificationChannel> {
  return requestParsed(
    transport,
    {
      method: 'PUT',
      path: `/api/notificationChannels/${id}`,
      body: { notificationChannel: { ...channel, id } },
      accept: [200],
      object: { kind: 'notification channel', id, name: channel.name },
    },
    ZNotificationChannel,
    'notificationChannel',
    options,
  );
}
