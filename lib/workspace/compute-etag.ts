import 'server-only';
import { createHash } from 'node:crypto';

/** The ETag of a file's content (or of a missing file): what a writer must present to overwrite it. */
export function computeEtag(content: string | null): string {
  if (content === null) return 'absent';
  return createHash('sha256').update(content, 'utf8').digest('hex').slice(0, 32);
}
