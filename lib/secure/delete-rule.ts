import 'server-only';
import { buildSkipQuery } from './build-skip-query.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { sendRequest } from './send-request.ts';

/**
 * `DELETE /api/secure/rules/{id}?skipPolicyV2Msg=S` (spec §4.3, §7 #25): 200 or 204; a 404 throws NOT_FOUND.
 * Throws AppError (see `sendRequest`).
 */
export async function deleteRule(
  transport: TSecureTransport,
  id: number,
  options?: TCallOptions,
): Promise<void> {
  await sendRequest(
    transport,
    {
      method: 'DELETE',
      path: `/api/secure/rules/${id}`,
      query: buildSkipQuery(transport),
      accept: [200, 204],
      object: { kind: 'rule', id },
    },
    options,
  );
}
