import 'server-only';
import { rename, rm, writeFile } from 'node:fs/promises';

let temporaryCounter = 0;

/**
 * Writes `content` to `filePath` atomically: a temp file beside it, then a rename, so a reader
 * (or a restart after a crash) sees the old file or the new one, never half of one.
 * Throws the underlying fs error; the temp file is removed on failure.
 */
export async function writeFileAtomic(filePath: string, content: string): Promise<void> {
  temporaryCounter += 1;
  const temporaryPath = `${filePath}.${process.pid}.${temporaryCounter}.tmp`;
  try {
    await writeFile(temporaryPath, content, 'utf8');
    await rename(temporaryPath, filePath);
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }
}
