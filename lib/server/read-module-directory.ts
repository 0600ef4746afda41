import 'server-only';
import { readdir, readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findRootModules } from '../terraform/find-root-modules.ts';

const MODULE_FILE = /\.(tf|tfvars|ya?ml)$/;
const SKIPPED_DIRS = new Set(['.git', '.terraform', 'node_modules', '.rampart-data']);
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A module folder's files as `validateModule` reads them. */
export interface TModuleDirectory {
  modulePath: string;
  files: Array<{ path: string; text: string }>;
  readFile: (file: string) => string | null;
}

/**
 * The root modules under `dir` (the folder itself when it holds .tf files, else every folder
 * below it that does), each with its .tf/.tfvars/.yaml files. Paths are as the caller wrote
 * `dir` (relative stays relative), like a compiler's.
 */
export async function readModuleDirectories(dir: string): Promise<TModuleDirectory[]> {
  const all = await listFiles(dir);
  const roots = findRootModules(
    all.map((file) => path.relative(dir, file).split(path.sep).join('/')),
  );
  const modules: TModuleDirectory[] = [];
  for (const root of roots) {
    const folder = root ? path.join(dir, root) : dir;
    const names = (await readdir(folder, { withFileTypes: true }))
      .filter((e) => e.isFile() && MODULE_FILE.test(e.name))
      .map((e) => e.name)
      .sort();
    const files = [];
    for (const name of names) {
      const file = path.join(folder, name);
      if ((await stat(file)).size > MAX_FILE_BYTES) continue;
      files.push({ path: file, text: await readFile(file, 'utf8') });
    }
    modules.push({ modulePath: folder, files, readFile: readTextOrNull });
  }
  return modules;
}

function readTextOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await walk(path.join(current, entry.name));
      } else if (entry.isFile()) out.push(path.join(current, entry.name));
    }
  };
  await walk(dir);
  return out;
}
