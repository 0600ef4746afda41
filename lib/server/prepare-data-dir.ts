import 'server-only';
import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { AppError } from '../errors/app-error.ts';

/**
 * Creates the data directory if missing and checks that it is a writable directory.
 * Throws AppError('CONFIG') naming RAMPART_DATA_DIR and the fix.
 */
export async function prepareDataDir(dataDir: string): Promise<void> {
  const existing = await stat(dataDir).catch(() => null);
  if (existing && !existing.isDirectory()) {
    throw new AppError('CONFIG', {
      message: `RAMPART_DATA_DIR ${dataDir} is not a directory; point it at a directory (it is created when missing)`,
    });
  }
  try {
    await mkdir(dataDir, { recursive: true });
    await access(dataDir, constants.W_OK | constants.R_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOTDIR'
          ? 'a parent is not a directory'
          : code === 'EROFS'
            ? 'read-only file system'
            : (code ?? 'unknown error');
    throw new AppError('CONFIG', {
      message: `RAMPART_DATA_DIR ${dataDir} cannot be used (${reason}); choose a writable directory`,
    });
  }
}
