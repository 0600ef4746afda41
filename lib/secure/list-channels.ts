import 'server-only';
import { z } from 'zod';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZNotificationChannel, type TNotificationChannel } from './types.ts';

/**
 * `GET /api/notificationChannels` (spec §4.6, §7 #11) → every channel.
 * Throws AppError (see `sendRequest`).
 */
export function listChannels(
  transport: TSecureTransport,
  options?: TCallOptions,
): Promise<TNotificationChannel[]> {
  return requestParsed(
    transport,
    {
      method: 'GET',
      path: '/api/notificationChannels',
      accept: [200],
      object: { kind: 'notification channels' },
    },
    z.array(ZNotificationChannel),
    'notificationChannels',
    options,
  );
}
