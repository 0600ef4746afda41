import 'server-only';
import { AppError } from '../errors/app-error.ts';
import { requestParsed } from './request-parsed.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { ZFalcoList, type TFalcoList } from './types.ts';

/**
 * `GET /api/secure/falco/lists/{id}` (spec §4.4, §7 #27). Throws NOT_FOUND on 404; version 0 means "does not exist" (spec §4.4, §7 #27) and throws NOT_FOUND.
 * Throws AppError (see `sendRequest`).
 */
export async function getList(
  transport: TSecureTransport,
  id: number,
  options?: TCallOptions,
): Promise<TFalcoList> {
  const list = await requestParsed(
    transport,
    {
      method: 'GET',
      path: `/api/secure/falco/lists/${id}`,
      accept: [200],
      object: { kind: 'list', id },
    },
    ZFalcoList,
    undefined,
    options,
  );
  if (!list.version)
    throw new AppError('NOT_FOUND', {
      message: `GET /api/secure/falco/lists/${id} (list id ${id}): list with ID: ${id} does not exists`,
    });
  return list;
}
