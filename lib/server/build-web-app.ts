import 'server-only';
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { projectRoot } from './project-root.ts';

const SOURCE_DIRS = ['app', 'components', 'lib', 'public'];
const SOURCE_FILES = ['next.config.js', 'package.json', 'tsconfig.json'];

/**
 * Runs `next build` unless `onlyIfNeeded` and the existing build is newer than every source file.
 * Throws AppError('INTERNAL') when the build fails (its output went to the terminal).
 */
export async function buildWebApp(options: { onlyIfNeeded: boolean }): Promise<void> {
  if (options.onlyIfNeeded && (await isBuildFresh())) return;
  process.stdout.write('rampart: building the web app (first start, or sources changed)…\n');
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: projectRoot,
      stdio: 'inherit',
    });
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
    child.on('error', () => resolve(1));
  });
  if (code !== 0) {
    throw new AppError('INTERNAL', {
      message: `next build failed (exit ${code}); see the output above`,
    });
  }
}

async function isBuildFresh(): Promise<boolean> {
  const buildTime = await modifiedTime(path.join(projectRoot, '.next', 'BUILD_ID'));
  if (buildTime === null) return false;
  for (const file of SOURCE_FILES) {
    const time = await modifiedTime(path.join(projectRoot, file));
    if (time !== null && time > buildTime) return false;
  }
  for (const dir of SOURCE_DIRS) {
    if ((await newestIn(path.join(projectRoot, dir))) > buildTime) return false;
  }
  return true;
}

async function modifiedTime(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return null;
  }
}

async function newestIn(dir: string): Promise<number> {
  let newest = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const time = await modifiedTime(path.join(entry.parentPath, entry.name));
    if (time !== null && time > newest) newest = time;
  }
  return newest;
}
