import 'server-only';

type TNullable = unknown;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPresent(value: TNullable): boolean {
  return value !== null && value !== undefined;
}

/** JMESPath `[]` on a list: one level flattened, then nulls dropped by the projection. */
function flatten(list: unknown[]): unknown[] {
  return list
    .flatMap((item) => (Array.isArray(item) ? (item as unknown[]) : [item]))
    .filter(isPresent);
}

/**
 * The server's message exactly as the provider extracts it (spec §6.2, `ErrorFromResponse`):
 * `[message, error, details[], errors[].[reason, message]][][] | join(', ', @)`. Returns
 * `undefined` when the expression yields nothing or fails (not JSON, a non-string element),
 * in which case the caller falls back to the status line. Pure.
 */
export function extractErrorMessage(bodyText: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  if (!isObject(body)) return undefined;
  const details = Array.isArray(body.details) ? flatten(body.details) : null;
  const errors = Array.isArray(body.errors)
    ? flatten(body.errors).map((item) =>
        isObject(item) ? [item.reason ?? null, item.message ?? null] : [null, null],
      )
    : null;
  const values = flatten(flatten([body.message ?? null, body.error ?? null, details, errors]));
  if (values.length === 0 || !values.every((value) => typeof value === 'string')) return undefined;
  return values.join(', ');
}
