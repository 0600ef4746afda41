import 'server-only';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { requestParsed } from '../secure/request-parsed.ts';
import {
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  RAMPART_VERSION,
  type TSecureTransport,
} from '../secure/secure-transport.ts';
import { ZRule, type TRule } from '../secure/types.ts';

/** Where to read from. */
export interface TListAllRulesOptions {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
}

/**
 * Every rule, from `GET /api/secure/rules/groups` without `name` (spec §7 #26). The local Secure
 * answers with all rules; what a real Secure answers without a name is UNVERIFIED (spec §11), so any
 * refusal (an AppError, one attempt, no retries) gives `undefined` and the caller falls back to
 * lookups by name. Never throws AppError; other errors (bugs) propagate.
 */
export async function listAllRules(options: TListAllRulesOptions): Promise<TRule[] | undefined> {
  const transport: TSecureTransport = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    token: options.token,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    retry: { ...DEFAULT_RETRY, maxAttempts: 1 },
    fetch: options.fetch ?? fetch,
    userAgent: `Rampart/${RAMPART_VERSION}`,
    skipPolicyV2Msg: true,
    extraHeaders: {},
    requestCount: 0,
    hasPendingForward: false,
  };
  try {
    return await requestParsed(
      transport,
      { method: 'GET', path: '/api/secure/rules/groups', accept: [200], object: { kind: 'rules' } },
      z.array(ZRule),
      undefined,
    );
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
}
