import 'server-only';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { TDraft } from './draft.ts';

/**
 * Reads a file for `file()`/`templatefile()` during validation: confined to the draft with
 * symlinks resolved (never a file outside the repository); null when missing or outside.
 */
export function readDraftText(draft: TDraft, file: string): string | null {
  try {
    const root = realpathSync(draft.dir);
    const absolute = realpathSync(path.resolve(draft.dir, file));
    if (!absolute.startsWith(root + path.sep)) return null;
    return readFileSync(absolute, 'utf8');
  } catch {
    return null;
  }
}
