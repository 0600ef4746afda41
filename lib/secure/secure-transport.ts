import 'server-only';

/** Retry policy (spec §6.3, go-retryablehttp as configured by the CURRENT provider). */
export interface TRetryOptions {
  /** Attempts in all, first included (provider: RetryMax 5 → 6). */
  maxAttempts: number;
  /** First backoff wait (provider: 1 s); doubles per retry. */
  minDelayMs: number;
  /** Cap of one wait (provider: 30 s). A `Retry-After` on 429/503 is used as given. */
  maxDelayMs: number;
  /** Give up when the next wait would end after this much time since the first attempt. */
  maxTotalMs: number;
}

/** One retry about to happen, reported to `onRetry` (for logs; never carries the token). */
export interface TRetryEvent {
  call: string;
  attempt: number;
  delayMs: number;
  status?: number;
  reason: string;
}

/** Shared state of one client: configuration and the request counter. */
export interface TSecureTransport {
  baseUrl: string;
  token: string;
  timeoutMs: number;
  retry: TRetryOptions;
  fetch: typeof fetch;
  userAgent: string;
  /** Value of `skipPolicyV2Msg` on mutating policy/rule/list/macro calls (spec §6.4). */
  skipPolicyV2Msg: boolean;
  onRetry?: (event: TRetryEvent) => void;
  /** Extra headers on every request (provider `extra_headers`, spec §1.2). */
  extraHeaders: Record<string, string>;
  /** HTTP attempts made so far (retries included). */
  requestCount: number;
  /** A mutation was sent with `skipPolicyV2Msg=true` since the last forwardPolicyV2Msg (spec §6.4). */
  hasPendingForward: boolean;
}

/** The object a call is about, named in error messages. */
export interface TObjectRef {
  kind: string;
  id?: number | string;
  name?: string;
}

/** Per-call options. */
export interface TCallOptions {
  /** Cancels the call (no retry after an abort). */
  signal?: AbortSignal;
}

/** Default retry policy: the provider's (spec §6.3). */
export const DEFAULT_RETRY: Readonly<TRetryOptions> = Object.freeze({
  maxAttempts: 6,
  minDelayMs: 1000,
  maxDelayMs: 30_000,
  maxTotalMs: 120_000,
});

/** Default per-request timeout (ms). */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Rampart's version, sent as `User-Agent: Rampart/<version>`. */
export const RAMPART_VERSION = '0.1.0';
