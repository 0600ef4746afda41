import 'server-only';
import { buildSkipQuery } from './build-skip-query.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { sendRequest } from './send-request.ts';

/**
 * `DELETE /api/secure/falco/macros/{id}?skipPolicyV2Msg=S` (spec §4.5, §7 #28): 200, 204 or 404.
 * Throws AppError (see `sendRequest`).
 */
export async function deleteMacro(
  transport: TSecureTransport,
  id: number,
  options?: TCallOptions,
): Promise<void> {
  await sendRequest(
    transport,
    {
      method: 'DELETE',
      path: `/api/secure/falco/macros/${id}`,
      query: buildSkipQuery(transport),
      accept: [200, 204, 404],
      object: { kind: 'macro', id },
    },
    options,
  );
}
