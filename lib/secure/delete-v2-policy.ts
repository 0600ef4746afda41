import 'server-only';
import { buildSkipQuery } from './build-skip-query.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { sendRequest } from './send-request.ts';

/**
 * `DELETE /api/v2/policies/{id}?skipPolicyV2Msg=S` (spec §4.1, §7 #20): 200 or 204; a 404 throws NOT_FOUND.
 * Throws AppError (see `sendRequest`).
 */
export async function deleteV2Policy(
  transport: TSecureTransport,
  id: number,
  options?: TCallOptions,
): Promise<void> {
  await sendRequest(
    transport,
    {
      method: 'DELETE',
      path: `/api/v2/policies/${id}`,
      query: buildSkipQuery(transport),
      accept: [200, 204],
      object: { kind: 'v2 policy', id },
    },
    options,
  );
}
