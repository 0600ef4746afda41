import 'server-only';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZUserRulesFile, type TUserRulesFile } from './types.ts';

/**
 * `PUT /api/settings/falco/userRulesFile` with `{"userRulesFile":{"content","version"}}` (spec §2.3, §7 #10): 200; the answer echoes the content with `version+1`.
 * Throws AppError (see `sendRequest`).
 */
export function putUserRulesFile(
  transport: TSecureTransport,
  file: { content: string; version: number },
  options?: TCallOptions,
): Promise<TUserRulesFile> {
  return requestParsed(
    transport,
    {
      method: 'PUT',
      path: '/api/settings/falco/userRulesFile',
      body: { userRulesFile: { content: file.content, version: file.version } },
      accept: [200],
      object: { kind: 'user rules file', id: file.version },
    },
    ZUserRulesFile,
    'userRulesFile',
    options,
  );
}
