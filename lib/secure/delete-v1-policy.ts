import 'server-only';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { sendRequest } from './send-request.ts';

/**
 * `DELETE /api/policies/{id}` (spec §2.1, §7 #6): SEED accepts any final status (retryable ones are retried first).
 * Throws AppError (see `sendRequest`).
 */
export async function deleteV1Policy(
  transport: TSecureTransport,
  id: number,
  options?: TCallOptions,
): Promise<void> {
  await sendRequest(
    transport,
    {
      method: 'DELETE',
      path: `/api/policies/${id}`,
      accept: 'any',
      object: { kind: 'v1 policy', id },
    },
    options,
  );
}
