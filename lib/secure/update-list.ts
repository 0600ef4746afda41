import 'server-only';
import { buildSkipQuery } from './build-skip-query.ts';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZFalcoList, type TFalcoList } from './types.ts';

/**
 * `PUT /api/secure/falco/lists/{id}?skipPolicyV2Msg=S` with the list, its `id` and `version` (spec §4.4, §7 #27): 200. Throws CONFLICT on a stale version (after retries).
 * Throws AppError (see `sendRequest`).
 */
export function updateList(
  transport: TSecureTransport,
  id: number,
  list: TFalcoList & { version: number },
  options?: TCallOptions,
): Promise<TFalcoList> {
  return requestParsed(
    transport,
    {
      method: 'PUT',
      path: `/api/secure/falco/lists/${id}`,
      query: buildSkipQuery(transport),
      body: { ...list, id },
      accept: [200],
      object: { kind: 'list', id, name: list.name },
    },
    ZFalcoList,
    undefined,
    options,
  );
}
