import 'server-only';
import { getEnv } from '../env.ts';
import { isLoopbackHost } from './is-loopback-host.ts';
import type { TRole } from './roles.ts';
import { readSession } from './session-store.ts';
import { readUsers } from './user-store.ts';

/** The cookie that carries a session token (httpOnly, SameSite=Strict). */
export const SESSION_COOKIE = 'rampart_session';

/** Who performs an action: the author of commits and the actor in the audit log. */
export interface TActor {
  /** Stable id (also names the user's drafts). */
  id: string;
  username: string;
  name: string;
  email: string;
  role: TRole;
  /** True for the embedded default (no accounts, loopback only). */
  isLocalDefault: boolean;
}

/** The embedded default actor: with no accounts on a loopback-only server, requests act as it. */
export const LOCAL_ADMIN: TActor = {
  id: 'local',
  username: 'local',
  name: 'Local admin',
  email: 'local-admin@rampart.localhost',
  role: 'admin',
  isLocalDefault: true,
};

/**
 * The actor of a request: the signed-in user of its session cookie; with no accounts at all and
 * a loopback-only server, the local admin; otherwise null (not signed in).
 */
export async function getActor(request: Request): Promise<TActor | null> {
  const { dataDir, host } = getEnv();
  const users = await readUsers(dataDir);
  if (users.length === 0) return isLoopbackHost(host) ? LOCAL_ADMIN : null;
  const token = readCookie(request, SESSION_COOKIE);
  if (!token) return null;
  const userId = await readSession(dataDir, token);
  const user = users.find((u) => u.id === userId);
  if (!user) return null;
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    email: user.email,
    role: user.role,
    isLocalDefault: false,
  };
}

/** The value of cookie `name` in the request, or null. */
export function readCookie(request: Request, name: string): string | null {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name)
      return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}
