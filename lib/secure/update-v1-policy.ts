import 'server-only';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZV1Policy, type TV1Policy } from './types.ts';

/**
 * `PUT /api/policies/{id}` with `{"policy":{…,"id","version"}}` (spec §2.1, §7 #5): 200. Throws CONFLICT on a stale version (after retries).
 * Throws AppError (see `sendRequest`).
 */
export function updateV1Policy(
  transport: TSecureTransport,
  id: number,
  policy: TV1Policy & { version: number },
  options?: TCallOptions,
): Promise<TV1Policy> {
  return requestParsed(
    transport,
    {
      method: 'PUT',
      path: `/api/policies/${id}`,
      body: { policy: { ...policy, id } },
      accept: [200],
      object: { kind: 'v1 policy', id, name: policy.name },
    },
    ZV1Policy,
    'policy',
    options,
  );
}
