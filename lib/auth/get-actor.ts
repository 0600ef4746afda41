import 'server-only';

/** Who performs an action: the author of commits and the actor in the audit log. */
export interface TActor {
  id: string;
  name: string;
  email: string;
  role: 'viewer' | 'editor' | 'approver' | 'admin';
  /** True for the embedded default (no accounts, loopback only). */
  isLocalDefault: boolean;
}

/** The embedded default actor: with no accounts on a loopback-only server, requests act as it. */
export const LOCAL_ADMIN: TActor = {
  id: 'local',
  name: 'Local admin',
  email: 'local-admin@rampart.localhost',
  role: 'admin',
  isLocalDefault: true,
};

/** The actor of a request. Until accounts exist (sign-in), every request acts as the local admin. */
export async function getActor(_request: Request): Promise<TActor> {
  return LOCAL_ADMIN;
}
