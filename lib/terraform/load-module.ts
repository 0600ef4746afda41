import { assembleModule } from './assemble-module.ts';
import { indexModuleFile } from './index-module-file.ts';
import { resolveModulePath } from './resolve-module-path.ts';
import type { TLoadModuleOptions, TModule, TModuleFile, TParseCache } from './types.ts';

/**
 * Loads the Terraform module of one folder from its files (`.tf`, `.tf.json`, `terraform.tfvars`,
 * `*.auto.tfvars[.json]`; other files are kept but not read): every block with its address,
 * range, attributes and nested blocks; variables with their values; the reference graph; diagnostics (syntax, `duplicate-address`,
 * `dangling-reference`, tfvars problems). `path.module` is `options.modulePath`, else the folder
 * common to all file paths, else '.'. Parses go through `options.cache` (a new one when absent).
 * With `options.indexedFiles`, files unchanged since an earlier load are not indexed again.
 * Pure: reads nothing itself; `readFile` is used later by evaluation. Never throws.
 */
export function loadModule(options: TLoadModuleOptions): TModule {
  const cache = options.cache ?? new Map();
  const path = options.modulePath ?? commonFolder(options.files.map((f) => f.path));
  const files = options.indexedFiles
    ? reuseIndexedFiles(options.files, options.indexedFiles, cache)
    : options.files.map((file) => indexModuleFile(file.path, file.text, cache));
  return assembleModule(files, {
    path,
    rootPath: options.rootPath ?? path,
    readFile: options.readFile,
    tfvars: options.tfvars,
    cache,
  });
}

// Unchanged files keep their indexed form; the map is left holding exactly `files`.
function reuseIndexedFiles(
  files: TLoadModuleOptions['files'],
  indexed: Map<string, TModuleFile>,
  cache: TParseCache,
): TModuleFile[] {
  const out = files.map((file) => {
    const earlier = indexed.get(file.path);
    if (earlier && earlier.text === file.text) return earlier;
    const next = indexModuleFile(file.path, file.text, cache);
    indexed.set(file.path, next);
    return next;
  });
  if (indexed.size > out.length) {
    const paths = new Set(files.map((file) => file.path));
    for (const path of indexed.keys()) if (!paths.has(path)) indexed.delete(path);
  }
  return out;
}

function commonFolder(paths: readonly string[]): string {
  const folders = new Set(
    paths.map((p) => resolveModulePath('.', p).split('/').slice(0, -1).join('/')),
  );
  if (folders.size !== 1) return '.';
  const [only = ''] = folders;
  return only === '' ? '.' : only;
}
