import { parseRulesFile } from './parse-rules-file.ts';
import { readRulesFileFast } from './read-rules-file-fast.ts';
import type { TRulesFileItems } from './types.ts';

/**
 * The items and parse diagnostics of a rules file, for validation: the fast subset reader when
 * the file is inside its subset (nearly every real rules file), else the full lossless parser.
 * Both give the same items. Pure; never throws.
 */
export function readRulesFileItems(text: string, filename: string): TRulesFileItems {
  return readRulesFileFast(text, filename) ?? parseRulesFile(text, { filename });
}
