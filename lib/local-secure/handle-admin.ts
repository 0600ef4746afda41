import 'server-only';
import { z } from 'zod';
import { ZFaultInput, ZSwitchesPatch } from './admin-schemas.ts';
import type { TFaultInjector } from './create-fault-injector.ts';
import { respondError } from './respond-error.ts';
import { respondJson } from './respond-json.ts';
import type { TBodyResult } from './read-json-body.ts';
import type { TLocalSecureSwitches, TRequestLogEntry } from './types.ts';

/** What the admin endpoints act on. */
export interface TAdminTarget {
  getSwitches(): TLocalSecureSwitches;
  setSwitches(patch: Partial<TLocalSecureSwitches>): TLocalSecureSwitches;
  faults: TFaultInjector;
  getRequestLog(): TRequestLogEntry[];
  getRequestTotal(): number;
  clearRequestLog(): void;
  getCounters(): Promise<Record<string, number>>;
  reset(): Promise<void>;
}

/**
 * The admin API under `{basePath}/_admin` (already authenticated):
 * `GET|PUT switches` (PUT merges a partial object), `GET|POST|DELETE faults` (POST takes one rule or
 * an array and answers the created rules), `GET|DELETE requests` (`{count, requests:[{method,path,status,time,durationMs}]}`; count is uncapped), `GET counters`, `POST reset` (back to the first-start seed data).
 * Bad input is a 400 (shape 1) naming the field.
 */
export async function handleAdmin(
  target: TAdminTarget,
  method: string,
  resource: string,
  readBody: () => Promise<TBodyResult>,
): Promise<Response> {
  const key = `${method} ${resource}`;
  switch (key) {
    case 'GET switches':
      return respondJson(200, target.getSwitches());
    case 'PUT switches': {
      const parsed = await parseBody(readBody, ZSwitchesPatch);
      return parsed instanceof Response
        ? parsed
        : respondJson(200, target.setSwitches(parsed as Partial<TLocalSecureSwitches>));
    }
    case 'GET faults':
      return respondJson(200, { faults: target.faults.list() });
    case 'POST faults': {
      const parsed = await parseBody(readBody, z.union([ZFaultInput, z.array(ZFaultInput)]));
      if (parsed instanceof Response) return parsed;
      return respondJson(200, {
        faults: target.faults.add(Array.isArray(parsed) ? parsed : [parsed]),
      });
    }
    case 'DELETE faults':
      target.faults.clear();
      return respondJson(204, null);
    case 'GET requests': {
      return respondJson(200, {
        count: target.getRequestTotal(),
        requests: target.getRequestLog(),
      });
    }
    case 'DELETE requests':
      target.clearRequestLog();
      return respondJson(204, null);
    case 'GET counters':
      return respondJson(200, await target.getCounters());
    case 'POST reset':
      await target.reset();
      return respondJson(204, null);
    default:
      return respondError(404, 'Not Found', `No admin endpoint ${method} _admin/${resource}`);
  }
}

async function parseBody<T>(
  readBody: () => Promise<TBodyResult>,
  schema: z.ZodType<T>,
): Promise<T | Response> {
  const body = await readBody();
  if (!body.ok) return body.response;
  const parsed = schema.safeParse(body.value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'body';
  return respondError(400, 'Invalid request', `${where}: ${issue?.message ?? 'invalid'}`);
}
