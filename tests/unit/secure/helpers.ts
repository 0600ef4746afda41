import {
  createSecureClient,
  type TSecureClient,
  type TSecureClientOptions,
} from '../../../lib/secure/create-secure-client.ts';
import type { TTestBackend } from '../local-secure/helpers.ts';

/** One request the client sent, as seen by the fetch spy. */
export interface TSentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A client on `backend` with fast retries and a fetch spy recording every attempt. */
export function clientFor(
  backend: TTestBackend,
  options: Partial<TSecureClientOptions> = {},
): { client: TSecureClient; sent: TSentRequest[] } {
  const sent: TSentRequest[] = [];
  const spy: typeof fetch = (input, init) => {
    sent.push({
      method: init?.method ?? 'GET',
      url: String(input),
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: typeof init?.body === 'string' ? init.body : undefined,
    });
    return fetch(input, init);
  };
  const client = createSecureClient({
    baseUrl: `${backend.url}/`,
    token: backend.token,
    fetch: spy,
    timeoutMs: 5_000,
    ...options,
    retry: { maxAttempts: 4, minDelayMs: 5, maxDelayMs: 20, maxTotalMs: 5_000, ...options.retry },
  });
  return { client, sent };
}
