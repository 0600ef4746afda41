import { assembleModule } from './assemble-module.ts';
import { indexModuleFile } from './index-module-file.ts';
import { patchModuleFile } from './patch-module-file.ts';
import type { TModule } from './types.ts';

/**
 * A new module with the file at `path` replaced by `newText` (added when absent; `null`
 * removes it). Only that file is re-parsed — and not even that when its text is in the parse
 * cache (content hash) — and the other files' derived data is reused. When the file declares
 * the same addresses as before (the usual edit), the module is patched (patchModuleFile);
 * otherwise the module-wide indexes (addresses, duplicates, variable values, reference graph,
 * dangling references) are rebuilt from the per-file data, without parsing. The input module is not changed. Never throws.
 */
export function updateModuleFile(module: TModule, path: string, newText: string | null): TModule {
  const next = newText === null ? null : indexModuleFile(path, newText, module.cache);
  const patched = next ? patchModuleFile(module, next) : null;
  if (patched) return patched;
  const files = module.files.filter((file) => file.path !== path);
  if (next) files.push(next);
  return assembleModule(files, {
    path: module.path,
    rootPath: module.rootPath,
    readFile: module.readFile,
    tfvars: module.tfvars,
    cache: module.cache,
  });
}
