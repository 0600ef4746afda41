import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dataPaths } from './data-paths.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/**
 * Returns the API token of the embedded local Secure backend, creating a random one (mode 0600)
 * on first use. The token stays on the server: it is never sent to the browser or logged.
 */
export async function ensureLocalSecureToken(dataDir: string): Promise<string> {
  const file = dataPaths.localSecureToken(dataDir);
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (existing.trim()) return existing.trim();
  await mkdir(dataPaths.localSecureDir(dataDir), { recursive: true });
  const token = randomBytes(24).toString('base64url');
  await writeFileAtomic(file, `${token}\n`, 0o600);
  return token;
}
