import { parseHcl, type HclParseResult } from '../hcl/index.ts';
import { hashText } from './hash-text.ts';
import type { TParseCache } from './types.ts';

/** Most parses a cache keeps: enough for large repositories plus recent edits, bounded for long editing sessions. */
export const PARSE_CACHE_LIMIT = 4096;

/**
 * Parses `text` with lib/hcl unless the cache already holds a parse of identical text (looked up
 * by {@link hashText}, confirmed by comparing the text). Side effects: stores new parses in
 * `cache`, refreshes hits, and evicts the least recently used entries beyond
 * {@link PARSE_CACHE_LIMIT}. Parse results are shared and must not be mutated. Never throws.
 */
export function parseCached(
  text: string,
  filename: string,
  cache: TParseCache,
): { result: HclParseResult; hash: string } {
  const hash = hashText(text);
  const hit = cache.get(hash);
  if (hit && hit.text === text) {
    // Map keeps insertion order: re-inserting makes this entry the most recently used.
    cache.delete(hash);
    cache.set(hash, hit);
    return { result: hit.result, hash };
  }
  const result = parseHcl(text, { filename });
  cache.set(hash, { text, result });
  while (cache.size > PARSE_CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (oldest.done) break;
    cache.delete(oldest.value);
  }
  return { result, hash };
}
