import 'server-only';
import { getEnv } from '../env.ts';
import { createLocalSecure, type TLocalSecure } from '../local-secure/create-local-secure.ts';
import { dataPaths } from '../workspace/data-paths.ts';
import { ensureLocalSecureToken } from '../workspace/ensure-local-secure-token.ts';

/** Where the embedded local Secure backend is mounted in Rampart's server. */
export const LOCAL_SECURE_BASE_PATH = '/local-secure';

// One backend per process, even if bundling loads this module more than once.
const KEY = Symbol.for('rampart.mounted-local-secure');
const holder = globalThis as typeof globalThis & { [KEY]?: Promise<TLocalSecure> };

/**
 * The embedded local Secure backend (the default backend), created on first use with its data in
 * `<data dir>/local-secure` and the token from `<data dir>/local-secure/token`.
 */
export function getMountedLocalSecure(): Promise<TLocalSecure> {
  holder[KEY] ??= (async () => {
    const { dataDir } = getEnv();
    const token = await ensureLocalSecureToken(dataDir);
    return createLocalSecure({
      dataDir: dataPaths.localSecureDir(dataDir),
      token,
      basePath: LOCAL_SECURE_BASE_PATH,
    });
  })();
  return holder[KEY];
}

/** A route handler that passes the request to the embedded local Secure backend. */
export async function handleLocalSecureRequest(request: Request): Promise<Response> {
  return (await getMountedLocalSecure()).handle(request);
}
