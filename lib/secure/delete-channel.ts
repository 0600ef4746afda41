import 'server-only';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { sendRequest } from './send-request.ts';

/**
 * `DELETE /api/notificationChannels/{id}` (spec §4.6, §7 #15): 200, 204 or 404 (CURRENT).
 * Throws AppError (see `sendRequest`).
 */
export async function deleteChannel(
  transport: TSecureTransport,
  id: number,
  options?: TCallOptions,
): Promise<void> {
  await sendRequest(
    transport,
    {
      method: 'DELETE',
      path: `/api/notificationChannels/${id}`,
      accept: [200, 204, 404],
      object: { kind: 'notification channel', id },
    },
    options,
  );
}
