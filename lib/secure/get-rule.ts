import 'server-only';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZRule, type TRule } from './types.ts';

/**
 * `GET /api/secure/rules/{id}` (spec §4.3, §7 #22–25). Throws NOT_FOUND on 404; otherwise the rule.
 * Throws AppError (see `sendRequest`).
 */
export async function getRule(
  transport: TSecureTransport,
  id: number,
  options?: TCallOptions,
): Promise<TRule> {
  const rule = await requestParsed(
    transport,
    { method: 'GET', path: `/api/secure/rules/${id}`, accept: [200], object: { kind: 'rule', id } },
    ZRule,
    undefined,
    options,
  );
  return rule;
}
