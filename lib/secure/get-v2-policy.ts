import 'server-only';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZV2Policy, type TV2Policy } from './types.ts';

/**
 * `GET /api/v2/policies/{id}` (spec §4.1, §7 #18). Throws NOT_FOUND on 404.
 * Throws AppError (see `sendRequest`).
 */
export function getV2Policy(
  transport: TSecureTransport,
  id: number,
  options?: TCallOptions,
): Promise<TV2Policy> {
  return requestParsed(
    transport,
    {
      method: 'GET',
      path: `/api/v2/policies/${id}`,
      accept: [200],
      object: { kind: 'v2 policy', id },
    },
    ZV2Policy,
    undefined,
    options,
  );
}
