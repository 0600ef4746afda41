import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { getActor, type TActor } from '../auth/get-actor.ts';
import type { TRole } from '../auth/roles.ts';
import { requireRole } from './require-role.ts';
import { AppError } from '../errors/app-error.ts';
import { errorResponse } from './error-response.ts';
import { readJsonBody } from './read-json-body.ts';

/** The least role a route requires ('public' = no sign-in needed). */
export type TRouteRole = 'public' | TRole;

/** The header every mutating request must carry (CSRF defence with the same-origin check). */
export const CSRF_HEADER = 'x-rampart-request';

interface TRouteDefinition<
  R extends TRouteRole,
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  O extends z.ZodType,
> {
  role: R;
  params?: P;
  query?: Q;
  body?: B;
  output: O;
  /** Body limit in bytes (default 256 KiB). */
  maxBodyBytes?: number;
  /** HTTP status of a success (default 200). */
  status?: number;
  /** Extra response headers computed from the output (e.g. ETag). */
  headers?: (output: z.infer<O>) => Record<string, string>;
  /**
   * The handler returns the very same object while its answer is unchanged (and never mutates
   * it): its parsed and serialised output is kept, by that object, for the next request.
   */
  isOutputReused?: boolean;
  handler: (input: {
    params: z.infer<P>;
    query: z.infer<Q>;
    body: z.infer<B>;
    /** The signed-in actor; on 'public' routes null when nobody is signed in. */
    actor: R extends 'public' ? TActor | null : TActor;
    request: Request;
    requestId: string;
    /** Adds a response header (e.g. Set-Cookie on sign-in). */
    setHeader: (name: string, value: string) => void;
  }) => Promise<z.infer<O>>;
}

type TRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

// Parsed and serialised outputs of routes with `isOutputReused`, by the handler's result object.
const answers = new WeakMap<object, { output: unknown; json: string }>();

/**
 * Wraps a route handler (STYLE.md "Layout"): request id, actor and role check, CSRF check on
 * mutations, zod-parsed params/query/body in, zod-parsed output out (so internal fields cannot
 * leak), and problem+json errors.
 */
export function withRoute<
  R extends TRouteRole,
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
  O extends z.ZodType = z.ZodType,
>(definition: TRouteDefinition<R, P, Q, B, O>) {
  const route = async function route(request: Request, context?: TRouteContext): Promise<Response> {
    const requestId = randomUUID();
    const extraHeaders: Record<string, string> = {};
    const routeName = new URL(request.url).pathname;
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') checkSameOrigin(request);
      const actor =
        definition.role === 'public'
          ? await getActor(request)
          : await requireRole(request, definition.role);
      const rawParams = context ? await context.params : {};
      const params = definition.params ? definition.params.parse(rawParams) : undefined;
      const url = new URL(request.url);
      const query = definition.query
        ? definition.query.parse(Object.fromEntries(url.searchParams))
        : undefined;
      const body = definition.body
        ? definition.body.parse(await readJsonBody(request, definition.maxBodyBytes ?? 256 * 1024))
        : undefined;
      const setHeader = (name: string, value: string) => {
        extraHeaders[name] = value;
      };
      const result = await definition.handler({
        params,
        query,
        body,
        actor,
        request,
        requestId,
        setHeader,
      } as Parameters<typeof definition.handler>[0]);
      let answer = definition.isOutputReused ? answers.get(result as object) : undefined;
      if (!answer) {
        const output: unknown = definition.output.parse(result);
        answer = { output, json: JSON.stringify(output) };
        if (definition.isOutputReused) answers.set(result as object, answer);
      }
      const { output, json } = answer;
      return new Response(json, {
        status: definition.status ?? 200,
        headers: {
          'content-type': 'application/json',
          'cache-control': 'no-store',
          'x-request-id': requestId,
          ...(definition.headers ? definition.headers(output as z.infer<O>) : {}),
          ...extraHeaders,
        },
      });
    } catch (error) {
      return errorResponse(error, requestId, routeName);
    }
  };
  // The declared role travels with the handler, so a test can walk every route × role.
  return Object.assign(route, { requiredRole: definition.role as TRouteRole });
}

// Mutations must come from our own pages: a custom header (which a cross-site form cannot set)
// and, when the browser sends one, an Origin equal to the Host.
function checkSameOrigin(request: Request): void {
  if (request.headers.get(CSRF_HEADER) !== '1') {
    throw new AppError('FORBIDDEN', {
      message: `missing ${CSRF_HEADER} header: mutations must come from Rampart's pages or the API with that header`,
    });
  }
  const origin = request.headers.get('origin');
  if (origin === null) return;
  const host = request.headers.get('host');
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (!host || originHost !== host) {
    throw new AppError('FORBIDDEN', { message: `cross-origin request from ${origin} refused` });
  }
}
