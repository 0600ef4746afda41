import 'server-only';
import { AppError } from '../errors/app-error.ts';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZNotificationChannel, type TNotificationChannel } from './types.ts';

/**
 * `GET /api/notificationChannels/{id}` (spec §2.2, §4.6, §7 #13). Throws NOT_FOUND on 404, and also
 * on the SEED-era 200 `{"notificationChannel":null}` or an answer without an id.
 */
export async function getChannel(
  transport: TSecureTransport,
  id: number,
  options?: TCallOptions,
): Promise<TNotificationChannel> {
  const path = `/api/notificationChannels/${id}`;
  const channel = await requestParsed(
    transport,
    { method: 'GET', path, accept: [200], object: { kind: 'notification channel', id } },
    ZNotificationChannel.nullable(),
    'notificationChannel',
    options,
  );
  if (!channel?.id)
    throw new AppError('NOT_FOUND', {
      message: `GET ${path} (notification channel id ${id}): notificationChannel with ID: ${id} does not exists`,
    });
  return channel;
}
