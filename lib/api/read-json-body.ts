import 'server-only';
import { AppError } from '../errors/app-error.ts';

/**
 * Reads a JSON request body of at most `maxBytes` bytes, counting as it streams (a lying or absent
 * Content-Length cannot bypass it). Throws AppError('PAYLOAD_TOO_LARGE') or ('INVALID_INPUT').
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError('INVALID_INPUT', {
      message: 'the request body must be JSON (Content-Type: application/json)',
    });
  }
  if (!request.body)
    throw new AppError('INVALID_INPUT', { message: 'a JSON request body is required' });
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(concat(chunks, total));
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('INVALID_INPUT', {
      message: `the request body is not valid JSON: ${error instanceof Error ? error.message : 'parse error'}`,
    });
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', {
    message: `the request body is larger than ${Math.round(maxBytes / 1024)} KiB`,
  });
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
