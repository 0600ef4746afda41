import 'server-only';
import { z } from 'zod';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZV2Policy, type TV2Policy, type TV2PolicyListQuery } from './types.ts';

/**
 * `GET /api/v2/policies[?policyType=&filter=&limit=]` (spec §4.1, §4.7, §7 #16) → a bare array of
 * policies (no pagination). Only the query parameters given are sent.
 */
export function listV2Policies(
  transport: TSecureTransport,
  query: TV2PolicyListQuery = {},
  options?: TCallOptions,
): Promise<TV2Policy[]> {
  const search: Record<string, string> = {};
  if (query.policyType !== undefined) search.policyType = query.policyType;
  if (query.filter !== undefined) search.filter = query.filter;
  if (query.limit !== undefined) search.limit = String(query.limit);
  return requestParsed(
    transport,
    {
      method: 'GET',
      path: '/api/v2/policies',
      query: Object.keys(search).length ? search : undefined,
      accept: [200],
      object: { kind: 'v2 policies' },
    },
    z.array(ZV2Policy),
    undefined,
    options,
  );
}
