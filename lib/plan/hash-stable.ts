import { hashSha256 } from './hash-sha256.ts';
import { sortKeysDeep } from './sort-keys-deep.ts';

/**
 * SHA-256 of `value`'s JSON with object keys sorted at every depth: equal for deeply equal values
 * whatever their key order. Pure.
 */
export function hashStable(value: unknown): string {
  return hashSha256(JSON.stringify(sortKeysDeep(value)) ?? 'null');
}
