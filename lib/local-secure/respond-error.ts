import 'server-only';
import { respondJson } from './respond-json.ts';

/**
 * An error in Sysdig's own format, spec §6.2 shape 1 (used for 400, 404, 409, 413, 422):
 * `{"errors":[{"reason":…,"message":…}]}`.
 */
export function respondError(
  status: number,
  reason: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return respondJson(status, { errors: [{ reason, message }] }, headers);
}
