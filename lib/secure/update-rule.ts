import 'server-only';
import { buildSkipQuery } from './build-skip-query.ts';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZRule, type TRule } from './types.ts';

/**
 * `PUT /api/secure/rules/{id}?skipPolicyV2Msg=S` with the rule, its `id` and `version` (spec §4.3, §7 #22–25): 200. Throws CONFLICT on a stale version (after retries).
 * Throws AppError (see `sendRequest`).
 */
export function updateRule(
  transport: TSecureTransport,
  id: number,
  rule: TRule & { version: number },
  options?: TCallOptions,
): Promise<TRule> {
  return requestParsed(
    transport,
    {
      method: 'PUT',
      path: `/api/secure/rules/${id}`,
      query: buildSkipQuery(transport),
      body: { ...rule, id },
      accept: [200],
      object: { kind: 'rule', id, name: rule.name },
    },
    ZRule,
    undefined,
    options,
  );
}
