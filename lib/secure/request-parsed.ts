import 'server-only';
import type { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { describeObject } from './describe-object.ts';
import type { TCallOptions, TSecureTransport } from './secure-transport.ts';
import { sendRequest, type TSecureCall } from './send-request.ts';

/**
 * Sends `call` and parses the answer: JSON, unwrapped from `wrapper` when given (e.g. `policy`),
 * then validated by `schema` (unknown fields kept). Throws like `sendRequest`, and
 * AppError('SECURE_UPSTREAM') when the answer is not the expected shape.
 */
export async function requestParsed<T>(
  transport: TSecureTransport,
  call: TSecureCall,
  schema: z.ZodType<T>,
  wrapper: string | undefined,
  options?: TCallOptions,
): Promise<T> {
  const answer = await sendRequest(transport, call, options);
  const where = `${call.method} ${call.path} (${describeObject(call.object)})`;
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch {
    throw new AppError('SECURE_UPSTREAM', {
      message: `${where} → ${answer.status}: the answer is not JSON`,
    });
  }
  const value = wrapper === undefined ? json : (json as Record<string, unknown> | null)?.[wrapper];
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = [wrapper, ...(issue?.path ?? [])].filter((part) => part !== undefined).join('.');
    throw new AppError('SECURE_UPSTREAM', {
      message: `${where} → ${answer.status}: unexpected answer at ${path || 'body'}: ${issue?.message ?? 'invalid'}`,
    });
  }
  return parsed.data;
}
