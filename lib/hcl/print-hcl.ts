import type { HclFile } from './types.ts';

/**
 * Prints a parsed file back to text by concatenating its tokens (trivia included). Lossless:
 * `printHcl(parseHcl(text).file) === text` for every input. Never throws.
 */
export function printHcl(file: HclFile): string {
  const { starts, ends, count, text } = file.tokens;
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(text.slice(starts[i] as number, ends[i] as number));
  return parts.join('');
}
