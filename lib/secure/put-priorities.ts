import 'server-only';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZPriorities, type TPriorities } from './types.ts';

/**
 * `PUT /api/policies/priorities` with `{"priorities":{"version","policyIds"}}` (spec §2.4, §7 #8): 200; `version` omitted when 0.
 * Throws AppError (see `sendRequest`).
 */
export function putPriorities(
  transport: TSecureTransport,
  priorities: { policyIds: number[]; version?: number },
  options?: TCallOptions,
): Promise<TPriorities> {
  const body = priorities.version
    ? { version: priorities.version, policyIds: priorities.policyIds }
    : { policyIds: priorities.policyIds };
  return requestParsed(
    transport,
    {
      method: 'PUT',
      path: '/api/policies/priorities',
      body: { priorities: body },
      accept: [200],
      object: { kind: 'policy priorities' },
    },
    ZPriorities,
    'priorities',
    options,
  );
}
