import 'server-only';
import { checkVersion } from './check-version.ts';
import { methodNotAllowed } from './handle-crud.ts';
import { respondError } from './respond-error.ts';
import { respondJson } from './respond-json.ts';
import { isJsonObject, type TRouteContext } from './route-context.ts';

/**
 * `GET|PUT /api/policies/priorities` (spec §2.4, §7 #7–8): `{"priorities":{"policyIds":[…],
 * "version":N,"createdOn":ms,"modifiedOn":ms}}`. PUT replaces `policyIds` (ints), checks `version`
 * (409 when stale) and answers the new object with `version+1`.
 */
export async function handlePriorities(context: TRouteContext): Promise<Response> {
  const data = context.store.data;
  if (context.method === 'GET') return respondJson(200, { priorities: data.priorities });
  if (context.method !== 'PUT') return methodNotAllowed(context);
  const body = await context.readBody();
  if (!body.ok) return body.response;
  const incoming = isJsonObject(body.value) ? body.value.priorities : undefined;
  if (!isJsonObject(incoming))
    return respondError(
      400,
      'Invalid request',
      'Request body must be a JSON object {"priorities": {"version": N, "policyIds": [...]}}',
    );
  const ids = incoming.policyIds;
  if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id))) {
    return respondError(
      400,
      'Invalid request',
      'Priorities: "policyIds" must be an array of integers',
    );
  }
  const conflict = checkVersion(context, 'Priorities', 'priorities', data.priorities, incoming);
  if (conflict) return conflict;
  data.priorities = {
    ...incoming,
    policyIds: ids,
    version: Number(data.priorities.version ?? 0) + 1,
    createdOn: data.priorities.createdOn,
    modifiedOn: context.now,
  };
  await context.store.persist();
  return respondJson(200, { priorities: data.priorities });
}
