import 'server-only';
import { z } from 'zod';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZV1Policy, type TV1Policy } from './types.ts';

/**
 * `GET /api/policies` (SDK, spec §2.1, §7 #2) → every v1 policy.
 * Throws AppError (see `sendRequest`).
 */
export function listV1Policies(
  transport: TSecureTransport,
  options?: TCallOptions,
): Promise<TV1Policy[]> {
  return requestParsed(
    transport,
    { method: 'GET', path: '/api/policies', accept: [200], object: { kind: 'v1 policies' } },
    z.array(ZV1Policy),
    'policies',
    options,
  );
}
