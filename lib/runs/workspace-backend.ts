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
 * The client for a workspace's backend. The embedded local Secure is called in process (its
 * handler behind the client's `fetch`, same protocol, no network hop); a real Secure uses the
 * server's SYSDIG_SECURE_URL and token, which never leave the server.
 */
export async function workspaceBackend(config: TWorkspaceConfig): Promise<TWorkspaceBackend> {
  const env = getEnv();
  if (config.backend.kind === 'remote' || env.secure) {
    const url = config.backend.kind === 'remote' ? config.backend.url : env.secure!.url;
    const token = env.secureToken ?? '';
    return {
      client: createSecureClient({ baseUrl: url, token }),
      key: keyOf(url),
      label: new URL(url).host,
    };
  }
  const localSecure = await getMountedLocalSecure();
  const token = await ensureLocalSecureToken(env.dataDir);
  const baseUrl = `http://local-secure.internal${LOCAL_SECURE_BASE_PATH}`;
  const inProcessFetch: typeof fetch = async (input, init) =>
    localSecure.handle(new Request(input, init));
  return {
    client: createSecureClient({ baseUrl, token, fetch: inProcessFetch }),
    key: 'local',
    label: 'Local Secure (embedded)',
  };
}

/** Where a workspace's bindings for a backend are kept. */
export function bindingsFile(workspaceId: string, backendKey: string): string {
  return path.join(getEnv().dataDir, 'bindings', workspaceId, `${backendKey}.json`);
}

function keyOf(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 16);
}
