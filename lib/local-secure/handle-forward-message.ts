import 'server-only';
import { methodNotAllowed } from './handle-crud.ts';
import { respondError } from './respond-error.ts';
import { respondJson } from './respond-json.ts';
import type { TRouteContext } from './route-context.ts';

/**
 * `POST /api/v2/policies/actions?action=forwardPolicyV2Msg` (spec §6.4, §7 #21): no body, 200
 * `{}`; counts the calls (persisted) so tests can assert the provider-exit hook ran.
 */
export async function handleForwardMessage(context: TRouteContext): Promise<Response> {
  if (context.method !== 'POST') return methodNotAllowed(context);
  const action = context.query.get('action');
  if (action !== 'forwardPolicyV2Msg') {
    return respondError(
      400,
      'Invalid request',
      `Unknown policies action "${action ?? ''}"; expected action=forwardPolicyV2Msg`,
    );
  }
  context.store.data.forwardPolicyV2MsgCount += 1;
  await context.store.persist();
  return respondJson(200, {});
}
