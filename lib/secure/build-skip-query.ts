import 'server-only';
import type { TSecureTransport } from './secure-transport.ts';

/** `{ skipPolicyV2Msg: "true" }` for mutating policy/rule/list/macro calls (spec §6.4). Pure. */
export function buildSkipQuery(transport: TSecureTransport): Record<string, string> {
  return { skipPolicyV2Msg: String(transport.skipPolicyV2Msg) };
}
