import 'server-only';
import { respondError } from './respond-error.ts';
import type { TJsonObject } from './types.ts';

/**
 * Checks that each named field of `object` is a non-empty string; returns a 400 (shape 1) naming
 * the first one that is not, or `undefined`.
 */
export function requireFields(
  object: TJsonObject,
  kind: string,
  fields: readonly string[],
): Response | undefined {
  for (const field of fields) {
    const value = object[field];
    if (typeof value !== 'string' || value.trim() === '') {
      return respondError(
        400,
        'Invalid request',
        `${kind}: "${field}" is required and must be a non-empty string`,
      );
    }
  }
  return undefined;
}
