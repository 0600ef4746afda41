import 'server-only';
import {
  CHANNEL_SPEC,
  LIST_SPEC,
  MACRO_SPEC,
  RULE_SPEC,
  V1_POLICY_SPEC,
  V2_POLICY_SPEC,
} from './crud-specs.ts';
import { handleCrud, methodNotAllowed } from './handle-crud.ts';
import { handleForwardMessage } from './handle-forward-message.ts';
import { handlePriorities } from './handle-priorities.ts';
import { handleRuleGroups } from './handle-rule-groups.ts';
import { handleUserRulesFile } from './handle-user-rules-file.ts';
import { respondError } from './respond-error.ts';
import { respondJson } from './respond-json.ts';
import type { TRouteContext } from './route-context.ts';

/**
 * Dispatches an authenticated API request to the endpoint of spec §7 (all 28 rows). Unknown
 * paths get 404 and known paths with another method 405, both shape 1.
 */
export async function routeRequest(context: TRouteContext): Promise<Response> {
  const [api, first, second, third, fourth, ...rest] = context.segments;
  if (api !== 'api') return noRoute(context);
  if (first === 'users' && second === 'me' && third === undefined) {
    return context.method === 'GET'
      ? respondJson(200, { user: context.store.data.user })
      : methodNotAllowed(context);
  }
  if (first === 'policies') {
    if (second === 'priorities' && third === undefined) return handlePriorities(context);
    if (third === undefined) return handleCrud(context, V1_POLICY_SPEC, second);
  }
  if (
    first === 'settings' &&
    second === 'falco' &&
    third === 'userRulesFile' &&
    fourth === undefined
  )
    return handleUserRulesFile(context);
  if (first === 'notificationChannels' && third === undefined)
    return handleCrud(context, CHANNEL_SPEC, second);
  if (first === 'v2' && second === 'policies' && fourth === undefined) {
    if (third === 'actions') return handleForwardMessage(context);
    return handleCrud(context, V2_POLICY_SPEC, third);
  }
  if (first === 'secure' && second === 'rules' && fourth === undefined) {
    if (third === 'groups') return handleRuleGroups(context);
    if (third === undefined && context.method === 'GET') return methodNotAllowed(context);
    return handleCrud(context, RULE_SPEC, third);
  }
  if (first === 'secure' && second === 'falco' && rest.length === 0) {
    if (third === 'lists') return handleCrud(context, LIST_SPEC, fourth);
    if (third === 'macros') return handleCrud(context, MACRO_SPEC, fourth);
  }
  return noRoute(context);
}

function noRoute(context: TRouteContext): Response {
  return respondError(404, 'Not Found', `No endpoint ${context.method} ${context.path}`);
}
