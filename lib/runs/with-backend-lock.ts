import 'server-only';
import { createHash } from 'node:crypto';
import { mkdir, open, rm, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { withLock } from '../workspace/with-lock.ts';

/**
 * Runs `task` holding the apply lock of one Secure backend: within this process applies queue
 * (never interleave), and across processes (the server and a CLI apply) a lock file in
 * `<lockDir>` refuses a second apply with a clear message naming who holds it.
 */
export async function withBackendLock<T>(
  lockDir: string,
  backendUrl: string,
  holder: string,
  task: () => Promise<T>,
): Promise<T> {
  const key = createHash('sha256').update(backendUrl).digest('hex').slice(0, 16);
  return withLock(`apply:${key}`, async () => {
    await mkdir(lockDir, { recursive: true });
    const file = path.join(lockDir, `${key}.lock`);
    let handle;
    try {
      handle = await open(file, 'wx', 0o600);
    } catch {
      const owner = await readFile(file, 'utf8').catch(() => 'another process');
      throw new AppError('CONFLICT', {
        message: `an apply to this Secure backend is already running (${owner.trim()})`,
        userMessage: `Another apply to this Secure backend is running (${owner.trim()}). Wait for it to finish, then plan again. If no apply is running, remove ${file}.`,
        details: { reason: 'backend-locked' },
      });
    }
    try {
      await handle.writeFile(`${holder} pid ${process.pid} since ${new Date().toISOString()}\n`);
      await handle.close();
      return await task();
    } finally {
      await rm(file, { force: true });
    }
  });
}
