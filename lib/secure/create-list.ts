import 'server-only';
import { buildSkipQuery } from './build-skip-query.ts';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZFalcoList, type TFalcoList } from './types.ts';

/**
 * `POST /api/secure/falco/lists?skipPolicyV2Msg=S` with the bare list (spec §4.4, §7 #27): 200 or 201; `id` and `version` are not sent.
 * Throws AppError (see `sendRequest`).
 */
export function createList(
  transport: TSecureTransport,
  list: TFalcoList,
  options?: TCallOptions,
): Promise<TFalcoList> {
  const { id: _id, version: _version, ...body } = list;
  return requestParsed(
    transport,
    {
      method: 'POST',
      path: '/api/secure/falco/lists',
      query: buildSkipQuery(transport),
      body,
      accept: [200, 201],
      object: { kind: 'list', name: list.name },
    },
    ZFalcoList,
    undefined,
    options,
  );
}
