import 'server-only';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZPriorities, type TPriorities } from './types.ts';

/**
 * `GET /api/policies/priorities` (spec §2.4, §7 #7) → the v1 policy order.
 * Throws AppError (see `sendRequest`).
 */
export function getPriorities(
  transport: TSecureTransport,
  options?: TCallOptions,
): Promise<TPriorities> {
  return requestParsed(
    transport,
    {
      method: 'GET',
      path: '/api/policies/priorities',
      accept: [200],
      object: { kind: 'policy priorities' },
    },
    ZPriorities,
    'priorities',
    options,
  );
}
