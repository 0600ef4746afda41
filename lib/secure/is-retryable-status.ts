import 'server-only';

/**
 * Statuses the provider retries (spec §6.3): 429, 409 (PR #668), 0, and 5xx except 501. Pure.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 409 || status === 0 || (status >= 500 && status !== 501);
}
