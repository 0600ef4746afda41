import 'server-only';
import { AppError } from '../errors/app-error.ts';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZMacro, type TMacro } from './types.ts';

/**
 * `GET /api/secure/falco/macros/{id}` (spec §4.5, §7 #28). Throws NOT_FOUND on 404; version 0 means "does not exist" (spec §4.5, §7 #28) and throws NOT_FOUND.
 * Throws AppError (see `sendRequest`).
 */
export async function getMacro(
  transport: TSecureTransport,
  id: number,
  options?: TCallOptions,
): Promise<TMacro> {
  const macro = await requestParsed(
    transport,
    {
      method: 'GET',
      path: `/api/secure/falco/macros/${id}`,
      accept: [200],
      object: { kind: 'macro', id },
    },
    ZMacro,
    undefined,
    options,
  );
  if (!macro.version)
    throw new AppError('NOT_FOUND', {
      message: `GET /api/secure/falco/macros/${id} (macro id ${id}): macro with ID: ${id} does not exists`,
    });
  return macro;
}
