import 'server-only';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import type { TImportFile } from '../import/index.ts';

/**
 * Writes the generated files into `dir` (created when missing). Refuses, before writing anything,
 * when `dir` already has entries, unless `isForced` (then the generated files overwrite theirs and
 * other files stay). Throws AppError('CONFLICT') on refusal; file system errors propagate.
 */
export async function writeImportFiles(
  dir: string,
  files: readonly TImportFile[],
  isForced: boolean,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const present = await readdir(dir);
  if (present.length > 0 && !isForced) {
    const clashes = files.filter((file) => present.includes(file.path)).map((file) => file.path);
    throw new AppError('CONFLICT', {
      message: `import: ${dir} is not empty`,
      userMessage: `${dir} is not empty${clashes.length > 0 ? ` (it has ${clashes.join(', ')})` : ''}: choose an empty folder, or pass --force to write the generated files into it (overwriting those of the same name).`,
    });
  }
  for (const file of files) await writeFile(path.join(dir, file.path), file.text, 'utf8');
}
