import 'server-only';
import { respondError } from './respond-error.ts';
import { requireFields } from './require-fields.ts';
import { isJsonObject, type TRouteContext } from './route-context.ts';
import type { TJsonObject } from './types.ts';

/**
 * A notification channel (spec §2.2, §4.6) as stored: `options.notifyOnOk/notifyOnResolve`
 * default false, `options.sendTestNotification` is never persisted (PR #664: the API returns
 * false), and a Slack channel cannot flip privacy on update (the real #633 error).
 */
export function prepareChannel(
  _context: TRouteContext,
  incoming: TJsonObject,
  stored: TJsonObject | undefined,
): TJsonObject | Response {
  const missing = requireFields(incoming, 'NotificationChannel', ['name', 'type']);
  if (missing) return missing;
  if (incoming.options !== undefined && !isJsonObject(incoming.options)) {
    return respondError(400, 'Invalid request', 'NotificationChannel: "options" must be an object');
  }
  const options: TJsonObject = {
    notifyOnOk: false,
    notifyOnResolve: false,
    ...(incoming.options as TJsonObject | undefined),
    sendTestNotification: false,
  };
  if (stored && incoming.type === 'SLACK' && isJsonObject(stored.options)) {
    if (Boolean(stored.options.privateChannel) !== Boolean(options.privateChannel)) {
      return respondError(
        400,
        'Invalid request',
        'A Slack private channel can not be set to public and vice-versa. No privateChannel definition is equivalent to false.',
      );
    }
  }
  return { ...incoming, enabled: incoming.enabled ?? true, options };
}
