import type { TUnknownValue } from '../terraform/config-value.ts';
import { stableJson } from './stable-json.ts';

/**
 * The SEED `policies_priority` write rule (spec §2.4): `configured ++ server`, deduplicated keeping
 * the first occurrence, so configured policies move to the top in config order and the others keep
 * their relative order after them. Unresolved ids (markers) are kept in place and never deduplicated
 * against numbers.
 */
export function mergePriorities(
  configured: readonly (number | TUnknownValue)[],
  server: readonly number[],
): (number | TUnknownValue)[] {
  const seen = new Set<string>();
  const result: (number | TUnknownValue)[] = [];
  for (const id of [...configured, ...server]) {
    const key = stableJson(id);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(id);
  }
  return result;
}
