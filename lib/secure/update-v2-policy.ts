import 'server-only';
import { buildSkipQuery } from './build-skip-query.ts';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZV2Policy, type TV2Policy } from './types.ts';

/**
 * `PUT /api/v2/policies/{id}?skipPolicyV2Msg=S` with the policy, its `id` and `version` (spec §4.1, §7 #19): 200. Throws CONFLICT on a stale version (after retries).
 * Throws AppError (see `sendRequest`).
 */
export function updateV2Policy(
  transport: TSecureTransport,
  id: number,
  policy: TV2Policy & { version: number },
  options?: TCallOptions,
): Promise<TV2Policy> {
  return requestParsed(
    transport,
    {
      method: 'PUT',
      path: `/api/v2/policies/${id}`,
      query: buildSkipQuery(transport),
      body: { ...policy, id },
      accept: [200],
      object: { kind: 'v2 policy', id, name: policy.name },
    },
    ZV2Policy,
    undefined,
    options,
  );
}
