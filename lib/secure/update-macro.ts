import 'server-only';
import { buildSkipQuery } from './build-skip-query.ts';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZMacro, type TMacro } from './types.ts';

/**
 * `PUT /api/secure/falco/macros/{id}?skipPolicyV2Msg=S` with the macro, its `id` and `version` (spec §4.5, §7 #28): 200. Throws CONFLICT on a stale version (after retries).
 * Throws AppError (see `sendRequest`).
 */
export function updateMacro(
  transport: TSecureTransport,
  id: number,
  macro: TMacro & { version: number },
  options?: TCallOptions,
): Promise<TMacro> {
  return requestParsed(
    transport,
    {
      method: 'PUT',
      path: `/api/secure/falco/macros/${id}`,
      query: buildSkipQuery(transport),
      body: { ...macro, id },
      accept: [200],
      object: { kind: 'macro', id, name: macro.name },
    },
    ZMacro,
    undefined,
    options,
  );
}
