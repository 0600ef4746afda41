import 'server-only';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZV1Policy, type TV1Policy } from './types.ts';

/**
 * `GET /api/policies/{id}` (spec §2.1, §7 #4). Throws NOT_FOUND on 404.
 * Throws AppError (see `sendRequest`).
 */
export function getV1Policy(
  transport: TSecureTransport,
  id: number,
  options?: TCallOptions,
): Promise<TV1Policy> {
  return requestParsed(
    transport,
    {
      method: 'GET',
      path: `/api/policies/${id}`,
      accept: [200],
      object: { kind: 'v1 policy', id },
    },
    ZV1Policy,
    'policy',
    options,
  );
}
