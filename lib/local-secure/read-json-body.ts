import 'server-only';
import { respondError } from './respond-error.ts';

/** Largest accepted request body (bytes); larger bodies get 413. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The parsed body, or the error response to send instead. */
export type TBodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Reads and parses a JSON request body: 413 (shape 1) over 5 MB, 400 (shape 1) when it is
 * missing or not JSON. Reads the stream incrementally so an oversized body is never buffered whole.
 */
export async function readJsonBody(request: Request): Promise<TBodyResult> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return tooLarge();
  if (!request.body)
    return {
      ok: false,
      response: respondError(400, 'Invalid request', 'Request body is required (a JSON object)'),
    };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  if (text.trim() === '')
    return {
      ok: false,
      response: respondError(400, 'Invalid request', 'Request body is required (a JSON object)'),
    };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      response: respondError(400, 'Invalid request', `Request body is not valid JSON: ${detail}`),
    };
  }
}

function tooLarge(): TBodyResult {
  return {
    ok: false,
    response: respondError(
      413,
      'Payload Too Large',
      `Request body exceeds the limit of ${MAX_BODY_BYTES} bytes`,
    ),
  };
}
