import 'server-only';
import { buildSkipQuery } from './build-skip-query.ts';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZRule, type TRule } from './types.ts';

/**
 * `POST /api/secure/rules?skipPolicyV2Msg=S` with the bare rule (spec §4.3, §7 #22–25): 200 only; `id` and `version` are not sent.
 * Throws AppError (see `sendRequest`).
 */
export function createRule(
  transport: TSecureTransport,
  rule: TRule,
  options?: TCallOptions,
): Promise<TRule> {
  const { id: _id, version: _version, ...body } = rule;
  return requestParsed(
    transport,
    {
      method: 'POST',
      path: '/api/secure/rules',
      query: buildSkipQuery(transport),
      body,
      accept: [200],
      object: { kind: 'rule', name: rule.name },
    },
    ZRule,
    undefined,
    options,
  );
}
