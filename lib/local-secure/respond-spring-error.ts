import 'server-only';
import { respondJson } from './respond-json.ts';

const ERROR_TEXT: Record<number, string> = { 401: 'Unauthorized', 403: 'Forbidden' };

/**
 * A Spring-style error, spec §6.2 shape 2 (used for 401 and 403):
 * `{"timestamp":…,"status":401,"error":"Unauthorized","path":"/api/…"}`.
 */
export function respondSpringError(
  status: number,
  path: string,
  headers: Record<string, string> = {},
): Response {
  return respondJson(
    status,
    { timestamp: Date.now(), status, error: ERROR_TEXT[status] ?? 'Error', path },
    headers,
  );
}
