import 'server-only';
import { createFaultInjector, type TFaultInjector } from './create-fault-injector.ts';
import { DEFAULT_SWITCHES } from './default-switches.ts';
import { handleAdmin } from './handle-admin.ts';
import { acquireStore } from './acquire-store.ts';
import type { TLocalSecureStore } from './open-store.ts';
import { readJsonBody } from './read-json-body.ts';
import { respondError } from './respond-error.ts';
import { respondFault } from './respond-fault.ts';
import { respondSpringError } from './respond-spring-error.ts';
import { routeRequest } from './route-request.ts';
import {
  LocalSecureDropError,
  type TFaultRule,
  type TLocalSecureSwitches,
  type TRequestLogEntry,
} from './types.ts';

/** Options of `createLocalSecure`. */
export interface TLocalSecureOptions {
  /** Directory of the persisted state (created if absent; seeded on first start). */
  dataDir: string;
  /** The API token every request must send as `Authorization: Bearer <token>`. */
  token: string;
  /** Prefix stripped from request paths, e.g. `/local-secure` when mounted in Next. */
  basePath?: string;
  switches?: Partial<TLocalSecureSwitches>;
}

/** What the host tells `handle` it can do. */
export interface THandleOptions {
  /** The host can destroy the connection (node adapter): a `drop` fault throws LocalSecureDropError. */
  canDropConnection?: boolean;
}

/** A running local Secure backend. */
export interface TLocalSecure {
  /** Serves one request (web-standard). Throws LocalSecureDropError only for `drop` faults when allowed. */
  handle(request: Request, options?: THandleOptions): Promise<Response>;
  /** Resolves once the state is loaded (or seeded); rejects when the data dir is unusable. */
  ready(): Promise<void>;
  getSwitches(): TLocalSecureSwitches;
  setSwitches(patch: Partial<TLocalSecureSwitches>): TLocalSecureSwitches;
  addFaults(rules: Omit<TFaultRule, 'id' | 'matched' | 'fired'>[]): TFaultRule[];
  listFaults(): TFaultRule[];
  clearFaults(): void;
  /** The request log (API requests only, admin requests excluded; newest 100,000 kept). */
  getRequestLog(): TRequestLogEntry[];
  /** API requests since start or the last clear (not capped). */
  getRequestTotal(): number;
  clearRequestLog(): void;
  /** Calls of `POST /api/v2/policies/actions?action=forwardPolicyV2Msg` (spec §6.4), persisted. */
  getForwardPolicyV2MsgCount(): Promise<number>;
  /** Replaces all data with the first-start seed (persisted); switches, faults and the log are kept. */
  reset(): Promise<void>;
  /** Flushes and releases the data dir (instances on the same dir in this process share it). */
  close(): Promise<void>;
}

const MAX_LOG_ENTRIES = 100_000;

/**
 * Creates the local Secure backend: a faithful emulator of spec §7 (both eras) as a web-standard
 * handler, with its state in `options.dataDir` (loaded once and shared by every instance on that dir
 * in this process, written atomically after each write),
 * runtime switches for the spec's §11 unverified points, fault injection and a request log, also
 * reachable over HTTP under `{basePath}/_admin/` with the same token.
 */
export function createLocalSecure(options: TLocalSecureOptions): TLocalSecure {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  let switches: TLocalSecureSwitches = { ...DEFAULT_SWITCHES, ...options.switches };
  const faults: TFaultInjector = createFaultInjector();
  let log: TRequestLogEntry[] = [];
  let requestTotal = 0;
  let acquired: ReturnType<typeof acquireStore> | undefined;
  const loadStore = (): Promise<TLocalSecureStore> =>
    (acquired ??= acquireStore(options.dataDir, Date.now())).store;
  const expectedAuthorization = `Bearer ${options.token}`;

  const setSwitches = (patch: Partial<TLocalSecureSwitches>): TLocalSecureSwitches => {
    switches = { ...switches, ...patch };
    return { ...switches };
  };
  const getForwardPolicyV2MsgCount = async (): Promise<number> =>
    (await loadStore()).data.forwardPolicyV2MsgCount;
  const admin = {
    getSwitches: () => ({ ...switches }),
    setSwitches,
    faults,
    getRequestLog: () => [...log],
    getRequestTotal: () => requestTotal,
    clearRequestLog: () => {
      log = [];
      requestTotal = 0;
    },
    getCounters: async () => ({
      requests: requestTotal,
      forwardPolicyV2Msg: await getForwardPolicyV2MsgCount(),
    }),
    reset: async () => {
      const store = await loadStore();
      store.reset(Date.now());
      await store.persist();
    },
  };

  async function serveApi(
    request: Request,
    method: string,
    path: string,
    url: URL,
    handleOptions: THandleOptions | undefined,
  ): Promise<Response> {
    const fault = faults.pick(method, path);
    if (fault?.latencyMs) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
    if (fault?.drop) {
      if (handleOptions?.canDropConnection) throw new LocalSecureDropError();
      return respondError(
        503,
        'Service Unavailable',
        `Fault ${fault.id} asked to drop the connection; this host cannot, so it answers 503`,
      );
    }
    if (fault?.status !== undefined) return respondFault({ ...fault, status: fault.status }, path);
    if (request.headers.get('authorization') !== expectedAuthorization)
      return respondSpringError(401, path);
    const store = await loadStore();
    return routeRequest({
      method,
      path,
      segments: path.split('/').filter((part) => part !== ''),
      query: url.searchParams,
      store,
      switches,
      now: Date.now(),
      readBody: () => readJsonBody(request),
    });
  }

  async function handle(request: Request, handleOptions?: THandleOptions): Promise<Response> {
    const started = Date.now();
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    let path = url.pathname;
    if (basePath) {
      if (path !== basePath && !path.startsWith(`${basePath}/`))
        return respondError(404, 'Not Found', `No endpoint ${method} ${path}`);
      path = path.slice(basePath.length) || '/';
    }
    if (path === '/_admin' || path.startsWith('/_admin/')) {
      if (request.headers.get('authorization') !== expectedAuthorization)
        return respondSpringError(401, path);
      try {
        return await handleAdmin(admin, method, path.slice('/_admin/'.length), () =>
          readJsonBody(request),
        );
      } catch {
        return respondError(
          500,
          'Internal Server Error',
          'local Secure failed to handle the admin request',
        );
      }
    }
    const entry: TRequestLogEntry = { method, path, status: 0, time: started, durationMs: 0 };
    log.push(entry);
    requestTotal += 1;
    if (log.length > MAX_LOG_ENTRIES) log = log.slice(-MAX_LOG_ENTRIES / 2);
    try {
      const response = await serveApi(request, method, path, url, handleOptions);
      entry.status = response.status;
      return response;
    } catch (error) {
      if (error instanceof LocalSecureDropError) throw error;
      entry.status = 500;
      return respondError(
        500,
        'Internal Server Error',
        'local Secure failed to handle the request',
      );
    } finally {
      entry.durationMs = Date.now() - started;
    }
  }

  return {
    handle,
    ready: async () => {
      await loadStore();
    },
    getSwitches: admin.getSwitches,
    setSwitches,
    addFaults: (rules) => faults.add(rules),
    listFaults: () => faults.list(),
    clearFaults: () => faults.clear(),
    getRequestLog: admin.getRequestLog,
    getRequestTotal: admin.getRequestTotal,
    clearRequestLog: admin.clearRequestLog,
    getForwardPolicyV2MsgCount,
    reset: admin.reset,
    close: async () => {
      const current = acquired;
      acquired = undefined;
      await current?.release();
    },
  };
}
