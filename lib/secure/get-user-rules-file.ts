import 'server-only';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZUserRulesFile, type TUserRulesFile } from './types.ts';

/**
 * `GET /api/settings/falco/userRulesFile` (spec §2.3, §7 #9).
 * Throws AppError (see `sendRequest`).
 */
export function getUserRulesFile(
  transport: TSecureTransport,
  options?: TCallOptions,
): Promise<TUserRulesFile> {
  return requestParsed(
    transport,
    {
      method: 'GET',
      path: '/api/settings/falco/userRulesFile',
      accept: [200],
      object: { kind: 'user rules file' },
    },
    ZUserRulesFile,
    'userRulesFile',
    options,
  );
}
