import 'server-only';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { sendRequest } from './send-request.ts';

/**
 * `POST /api/v2/policies/actions?action=forwardPolicyV2Msg` with no body (spec §6.4, §7 #21): 200.
 * Pushes policy changes made with `skipPolicyV2Msg=true` to the agents; call once after a batch.
 */
export async function forwardPolicyV2Msg(
  transport: TSecureTransport,
  options?: TCallOptions,
): Promise<void> {
  await sendRequest(
    transport,
    {
      method: 'POST',
      path: '/api/v2/policies/actions',
      query: { action: 'forwardPolicyV2Msg' },
      accept: [200],
      object: { kind: 'policy propagation' },
    },
    options,
  );
  transport.hasPendingForward = false;
}
