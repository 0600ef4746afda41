import 'server-only';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { getEnv } from '../env.ts';
import { createSecureClient, type TSecureClient } from '../secure/create-secure-client.ts';
import { getMountedLocalSecure, LOCAL_SECURE_BASE_PATH } from '../server/mounted-local-secure.ts';
import { ensureLocalSecureToken } from '../workspace/ensure-local-secure-token.ts';
import type { TWorkspaceConfig } from '../workspace/workspace-config.ts';

/** The Secure backend of a workspace: a client, a stable key for its bindings and lock, a label. */
export interface TWorkspaceBackend {
  client: TSecureClient;
  key: string;
  label: string;
}

/**
 * How to reach a workspace's backend: base URL, token and (for the embedded local Secure) an
 * in-process fetch. Server-only: the token must never be returned to a browser or logged.
 */
export interface TWorkspaceConnection {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  key: string;
  label: string;
}

/**
 * The connection to a workspace's backend. The embedded local Secure is called in process (its
 * handler behind `fetch`, same protocol, no network hop); a real Secure uses the server's
 * SYSDIG_SECURE_URL and token, which never leave the server.
 */
export async function workspaceConnection(config: TWorkspaceConfig): Promise<TWorkspaceConnection> {
  const env = getEnv();
  if (config.backend.kind === 'remote' || env.secure) {
    const url = config.backend.kind === 'remote' ? config.backend.url : env.secure!.url;
    return {
      baseUrl: url,
      token: env.secureToken ?? '',
      key: keyOf(url),
      label: new URL(url).host,
    };
  }
  const localSecure = await getMountedLocalSecure();
  const token = await ensureLocalSecureToken(env.dataDir);
  const inProcessFetch: typeof fetch = async (input, init) =>
    localSecure.handle(new Request(input, init));
  return {
    baseUrl: `http://local-secure.internal${LOCAL_SECURE_BASE_PATH}`,
    token,
    fetch: inProcessFetch,
    key: 'local',
    label: 'Local Secure (embedded)',
  };
}

/** The client for a workspace's backend (see `workspaceConnection`). */
export async function workspaceBackend(config: TWorkspaceConfig): Promise<TWorkspaceBackend> {
  const connection = await workspaceConnection(config);
  return {
    client: createSecureClient({
      baseUrl: connection.baseUrl,
      token: connection.token,
      ...(connection.fetch ? { fetch: connection.fetch } : {}),
    }),
    key: connection.key,
    label: connection.label,
  };
}

/** Where a workspace's bindings for a backend are kept. */
export function bindingsFile(workspaceId: string, backendKey: string): string {
  return path.join(getEnv().dataDir, 'bindings', workspaceId, `${backendKey}.json`);
}

function keyOf(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 16);
}
