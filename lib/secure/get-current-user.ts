import 'server-only';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZUser, type TUser } from './types.ts';

/**
 * `GET /api/users/me` (spec §4.6, §7 #1) → the user; only Authorization and User-Agent are sent.
 * Throws AppError (see `sendRequest`).
 */
export function getCurrentUser(
  transport: TSecureTransport,
  options?: TCallOptions,
): Promise<TUser> {
  return requestParsed(
    transport,
    {
      method: 'GET',
      path: '/api/users/me',
      accept: [200],
      object: { kind: 'current user' },
      isMinimalHeaders: true,
    },
    ZUser,
    'user',
    options,
  );
}
