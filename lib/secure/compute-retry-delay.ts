import 'server-only';
import type { TRetryOptions } from './secure-transport.ts';

/**
 * The wait before retry number `retry` (1-based), like retryablehttp's DefaultBackoff (spec §6.3):
 * `min·2^(retry-1)` capped at `max`; on 429 and 503 a `Retry-After` of integer seconds or an
 * HTTP date is used as given. Pure.
 */
export function computeRetryDelay(
  retry: number,
  options: TRetryOptions,
  status: number | undefined,
  retryAfter: string | null,
  now: number,
): number {
  if ((status === 429 || status === 503) && retryAfter !== null) {
    const trimmed = retryAfter.trim();
    if (/^[0-9]+$/.test(trimmed)) return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return Math.min(options.maxDelayMs, options.minDelayMs * 2 ** (retry - 1));
}
