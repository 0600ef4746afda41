import 'server-only';
import { buildSkipQuery } from './build-skip-query.ts';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZMacro, type TMacro } from './types.ts';

/**
 * `POST /api/secure/falco/macros?skipPolicyV2Msg=S` with the bare macro (spec §4.5, §7 #28): 200 or 201; `id` and `version` are not sent.
 * Throws AppError (see `sendRequest`).
 */
export function createMacro(
  transport: TSecureTransport,
  macro: TMacro,
  options?: TCallOptions,
): Promise<TMacro> {
  const { id: _id, version: _version, ...body } = macro;
  return requestParsed(
    transport,
    {
      method: 'POST',
      path: '/api/secure/falco/macros',
      query: buildSkipQuery(transport),
      body,
      accept: [200, 201],
      object: { kind: 'macro', name: macro.name },
    },
    ZMacro,
    undefined,
    options,
  );
}
