import 'server-only';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZV1Policy, type TV1Policy } from './types.ts';

/**
 * `POST /api/policies` with `{"policy":…}` (spec §2.1, §7 #3): 200 exactly; `id` and `version` are not sent.
 * Throws AppError (see `sendRequest`).
 */
export function createV1Policy(
  transport: TSecureTransport,
  policy: TV1Policy,
  options?: TCallOptions,
): Promise<TV1Policy> {
  const { id: _id, version: _version, ...body } = policy;
  return requestParsed(
    transport,
    {
      method: 'POST',
      path: '/api/policies',
      body: { policy: body },
      accept: [200],
      object: { kind: 'v1 policy', name: policy.name },
    },
    ZV1Policy,
    'policy',
    options,
  );
}
