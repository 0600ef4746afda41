import 'server-only';
import { checkVersion } from './check-version.ts';
import { methodNotAllowed } from './handle-crud.ts';
import { respondError } from './respond-error.ts';
import { respondJson } from './respond-json.ts';
import { isJsonObject, type TRouteContext } from './route-context.ts';

/**
 * `GET|PUT /api/settings/falco/userRulesFile` (spec §2.3, §7 #9–10): `{"userRulesFile":
 * {"content":"…","version":N}}`. PUT stores `content`, answers it echoed with `version+1`
 * (SEED test `TestCreateUserRulesFile`); a stale `version` gets 409.
 */
export async function handleUserRulesFile(context: TRouteContext): Promise<Response> {
  const data = context.store.data;
  if (context.method === 'GET') return respondJson(200, { userRulesFile: data.userRulesFile });
  if (context.method !== 'PUT') return methodNotAllowed(context);
  const body = await context.readBody();
  if (!body.ok) return body.response;
  const incoming = isJsonObject(body.value) ? body.value.userRulesFile : undefined;
  if (!isJsonObject(incoming) || typeof incoming.content !== 'string') {
    return respondError(
      400,
      'Invalid request',
      'Request body must be a JSON object {"userRulesFile": {"content": "…", "version": N}}',
    );
  }
  const conflict = checkVersion(
    context,
    'UserRulesFile',
    'userRulesFile',
    data.userRulesFile,
    incoming,
  );
  if (conflict) return conflict;
  data.userRulesFile = {
    ...incoming,
    content: incoming.content,
    version: Number(data.userRulesFile.version ?? 0) + 1,
  };
  await context.store.persist();
  return respondJson(200, { userRulesFile: data.userRulesFile });
}
