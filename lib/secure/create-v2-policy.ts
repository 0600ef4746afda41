import 'server-only';
import { buildSkipQuery } from './build-skip-query.ts';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZV2Policy, type TV2Policy } from './types.ts';

/**
 * `POST /api/v2/policies?skipPolicyV2Msg=S` with the bare policy (spec §4.1, §7 #17): 200 only; `id` and `version` are not sent.
 * Throws AppError (see `sendRequest`).
 */
export function createV2Policy(
  transport: TSecureTransport,
  policy: TV2Policy,
  options?: TCallOptions,
): Promise<TV2Policy> {
  const { id: _id, version: _version, ...body } = policy;
  return requestParsed(
    transport,
    {
      method: 'POST',
      path: '/api/v2/policies',
      query: buildSkipQuery(transport),
      body,
      accept: [200],
      object: { kind: 'v2 policy', name: policy.name },
    },
    ZV2Policy,
    undefined,
    options,
  );
}
