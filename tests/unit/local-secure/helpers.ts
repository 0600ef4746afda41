import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  startLocalSecureServer,
  type TLocalSecureServer,
} from '../../../lib/local-secure/start-local-secure-server.ts';
import type { TLocalSecureSwitches } from '../../../lib/local-secure/types.ts';

/** A local Secure backend on an ephemeral port with its own temp data dir. */
export interface TTestBackend {
  url: string;
  token: string;
  dataDir: string;
  server: TLocalSecureServer;
  /** Raw fetch with the bearer token; `body` is JSON-encoded unless it is a string. */
  api(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; json: unknown; text: string; headers: Headers }>;
  /** Stops the server (the data dir stays until `dispose`). */
  stop(): Promise<void>;
  /** Stops the server and deletes the data dir. */
  dispose(): Promise<void>;
}

/** Starts a backend; pass `dataDir` to reuse one (restart tests). */
export async function startTestBackend(
  options: { dataDir?: string; switches?: Partial<TLocalSecureSwitches>; token?: string } = {},
): Promise<TTestBackend> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'rampart-local-secure-')));
  const token = options.token ?? 'test-token-5f2c';
  const server = await startLocalSecureServer({
    port: 0,
    dataDir,
    token,
    switches: options.switches,
  });
  let isStopped = false;
  const stop = async (): Promise<void> => {
    if (!isStopped) await server.close();
    isStopped = true;
  };
  return {
    url: server.url,
    token,
    dataDir,
    server,
    async api(method, apiPath, body, headers = {}) {
      const response = await fetch(`${server.url}${apiPath}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...headers,
        },
        body:
          body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let json: unknown;
      try {
        json = text === '' ? undefined : JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: response.status, json, text, headers: response.headers };
    },
    stop,
    async dispose() {
      await stop();
      await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
