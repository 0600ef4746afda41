import 'server-only';
import { respondError } from './respond-error.ts';
import { respondJson } from './respond-json.ts';
import { respondSpringError } from './respond-spring-error.ts';
import type { TFaultRule } from './types.ts';

/**
 * The injected answer of a fault with a `status`, in the requested §6.2 body shape:
 * `errors` (shape 1, default), `spring` (shape 2, default for 401/403), `message` (shape 3),
 * `details` (shape 4) or `text` (not JSON: the client falls back to the status text).
 */
export function respondFault(rule: TFaultRule & { status: number }, path: string): Response {
  const headers: Record<string, string> =
    rule.retryAfter === undefined ? {} : { 'retry-after': String(rule.retryAfter) };
  const message = rule.message ?? `Injected fault ${rule.id}`;
  const shape =
    rule.bodyShape ?? (rule.status === 401 || rule.status === 403 ? 'spring' : 'errors');
  if (rule.status === 204 || rule.status === 304)
    return new Response(null, { status: rule.status, headers });
  switch (shape) {
    case 'spring':
      return respondSpringError(rule.status, path, headers);
    case 'message':
      return respondJson(rule.status, { message }, headers);
    case 'details':
      return respondJson(rule.status, { details: message.split('; ') }, headers);
    case 'text':
      return new Response(message, {
        status: rule.status,
        headers: { 'content-type': 'text/plain', ...headers },
      });
    default:
      return respondError(rule.status, 'Injected fault', message, headers);
  }
}
