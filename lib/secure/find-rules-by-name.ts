import 'server-only';
import { z } from 'zod';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZRule, type TRule } from './types.ts';

/**
 * `GET /api/secure/rules/groups?name=&type=` (spec §4.3, §7 #26) → every rule with that name, append fragments included.
 * Throws AppError (see `sendRequest`).
 */
export function findRulesByName(
  transport: TSecureTransport,
  name: string,
  type = '',
  options?: TCallOptions,
): Promise<TRule[]> {
  return requestParsed(
    transport,
    {
      method: 'GET',
      path: '/api/secure/rules/groups',
      query: { name, type },
      accept: [200],
      object: { kind: 'rules', name },
    },
    z.array(ZRule),
    undefined,
    options,
  );
}
