import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadModule, type TModule } from '@/lib/terraform/index.ts';

/**
 * Loads the module in `dir` (absolute) as Rampart would: paths relative to `base` (the repo),
 * readFile over the same tree.
 */
export function moduleFromDisk(base: string, folder: string): TModule {
  const dir = path.join(base, folder);
  const files = readdirSync(dir)
    .filter((name) => /\.(tf|tfvars|tfvars\.json|tf\.json)$/.test(name))
    .map((name) => ({
      path: `${folder}/${name}`,
      text: readFileSync(path.join(dir, name), 'utf8'),
    }));
  return loadModule({ files, readFile: diskReader(base) });
}

/** A readFile over `base` that returns null for missing files. */
export function diskReader(base: string): (file: string) => string | null {
  return (file) => {
    try {
      return readFileSync(path.join(base, file), 'utf8');
    } catch {
      return null;
    }
  };
}

/** readFile over an in-memory map. */
export function memoryReader(files: Record<string, string>): (file: string) => string | null {
  return (file) => files[file] ?? null;
}

/** A one-file module from source text (path `main.tf`, module path '.'). */
export function moduleOf(
  text: string,
  extra: Record<string, string> = {},
  readable: Record<string, string> = {},
): TModule {
  const files = [
    { path: 'main.tf', text },
    ...Object.entries(extra).map(([p, t]) => ({ path: p, text: t })),
  ];
  return loadModule({ files, readFile: memoryReader(readable) });
}
