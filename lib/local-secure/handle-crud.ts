import 'server-only';
import { checkVersion } from './check-version.ts';
import { respondError } from './respond-error.ts';
import { respondJson } from './respond-json.ts';
import { isJsonObject, parseId, type TRouteContext } from './route-context.ts';
import type { TCollectionName, TJsonObject } from './types.ts';

/** How one id-keyed API object family behaves (spec §7). */
export interface TCrudSpec {
  collection: TCollectionName;
  /** Name used in messages, e.g. `Policy`, `Rule`. */
  kind: string;
  /** Request and response wrapper key (`policy`, `notificationChannel`); absent = bare object. */
  wrapper?: string;
  /** GET on the collection: wrapper key of the list, `'bare'` for a bare array; absent = 405. */
  listKey?: string;
  /** Validates a create/update body and adds server-owned fields; returns the object or an error. */
  prepare(
    context: TRouteContext,
    incoming: TJsonObject,
    stored: TJsonObject | undefined,
  ): TJsonObject | Response;
  /** Status of a successful DELETE (a function reads a switch). */
  deleteStatus: 200 | 204 | ((context: TRouteContext) => 200 | 204);
  /** Whether DELETE answers with the deleted object (in the wrapper). */
  isDeleteEchoed?: boolean;
  /** The answer to GET of a missing id; default 404 shape 1. */
  missingGet?(context: TRouteContext, id: number): Response | undefined;
  /** Narrows the list (query parameters); may return an error. */
  filterList?(context: TRouteContext, objects: TJsonObject[]): TJsonObject[] | Response;
  afterCreate?(context: TRouteContext, object: TJsonObject): void;
  afterDelete?(context: TRouteContext, object: TJsonObject): void;
}

const SERVER_KEYS = ['id', 'version', 'createdOn', 'modifiedOn'];

/**
 * Serves one object family: GET (list) and POST on the collection, GET/PUT/DELETE on `{id}`.
 * POST answers 200 (spec §7 rules of thumb), a stale `version` 409 (§6.1), a missing id 404
 * (shape 1). Each successful write is persisted before the answer.
 */
export async function handleCrud(
  context: TRouteContext,
  spec: TCrudSpec,
  idSegment: string | undefined,
): Promise<Response> {
  const objects = context.store.collections[spec.collection];
  const wrap = (object: unknown): unknown => (spec.wrapper ? { [spec.wrapper]: object } : object);
  if (idSegment === undefined) {
    if (context.method === 'GET' && spec.listKey) {
      const all = [...objects.values()];
      const listed = spec.filterList ? spec.filterList(context, all) : all;
      if (listed instanceof Response) return listed;
      return respondJson(200, spec.listKey === 'bare' ? listed : { [spec.listKey]: listed });
    }
    if (context.method !== 'POST') return methodNotAllowed(context);
    const incoming = await readObject(context, spec);
    if (incoming instanceof Response) return incoming;
    const prepared = spec.prepare(context, incoming, undefined);
    if (prepared instanceof Response) return prepared;
    const object = {
      id: context.store.allocateId(),
      ...withoutServerKeys(prepared),
      version: 1,
      createdOn: context.now,
      modifiedOn: context.now,
    };
    objects.set(object.id, object);
    spec.afterCreate?.(context, object);
    await context.store.persist();
    return respondJson(200, wrap(object));
  }
  const id = parseId(idSegment);
  const stored = id === undefined ? undefined : objects.get(id);
  if (context.method === 'GET') {
    if (stored) return respondJson(200, wrap(stored));
    return (id !== undefined && spec.missingGet?.(context, id)) || notFound(spec.kind, idSegment);
  }
  if (context.method === 'PUT') {
    if (!stored || id === undefined) return notFound(spec.kind, idSegment);
    const incoming = await readObject(context, spec);
    if (incoming instanceof Response) return incoming;
    const conflict = checkVersion(context, spec.kind, id, stored, incoming);
    if (conflict) return conflict;
    const prepared = spec.prepare(context, incoming, stored);
    if (prepared instanceof Response) return prepared;
    const object = {
      id,
      ...withoutServerKeys(prepared),
      version: Number(stored.version ?? 0) + 1,
      createdOn: stored.createdOn,
      modifiedOn: context.now,
    };
    objects.set(id, object);
    await context.store.persist();
    return respondJson(200, wrap(object));
  }
  if (context.method === 'DELETE') {
    if (!stored || id === undefined) return notFound(spec.kind, idSegment);
    objects.delete(id);
    spec.afterDelete?.(context, stored);
    await context.store.persist();
    const status =
      typeof spec.deleteStatus === 'function' ? spec.deleteStatus(context) : spec.deleteStatus;
    return respondJson(status, spec.isDeleteEchoed ? wrap(stored) : status === 204 ? null : {});
  }
  return methodNotAllowed(context);
}

/** 405 (shape 1) for a method the path does not serve. */
export function methodNotAllowed(context: TRouteContext): Response {
  return respondError(
    405,
    'Method Not Allowed',
    `${context.method} is not supported on ${context.path}`,
  );
}

function notFound(kind: string, id: string): Response {
  return respondError(404, 'Not Found', `${kind} with ID: ${id} does not exist`);
}

function withoutServerKeys(object: TJsonObject): TJsonObject {
  const copy = { ...object };
  for (const key of SERVER_KEYS) delete copy[key];
  return copy;
}

/** Reads the body and unwraps it; a missing or wrong wrapper is a 400 with a clear message. */
async function readObject(
  context: TRouteContext,
  spec: TCrudSpec,
): Promise<TJsonObject | Response> {
  const body = await context.readBody();
  if (!body.ok) return body.response;
  const value = body.value;
  if (spec.wrapper) {
    if (isJsonObject(value) && isJsonObject(value[spec.wrapper]))
      return value[spec.wrapper] as TJsonObject;
    return respondError(
      400,
      'Invalid request',
      `Request body must be a JSON object {"${spec.wrapper}": {…}} (the ${spec.kind} wrapped in "${spec.wrapper}")`,
    );
  }
  if (!isJsonObject(value))
    return respondError(
      400,
      'Invalid request',
      `Request body must be the ${spec.kind} as a JSON object`,
    );
  const keys = Object.keys(value);
  if (!('name' in value) && keys.length === 1 && isJsonObject(value[keys[0] ?? ''])) {
    return respondError(
      400,
      'Invalid request',
      `Request body must be the ${spec.kind} object itself, not wrapped in {"${keys[0] ?? ''}": …}`,
    );
  }
  return value;
}
