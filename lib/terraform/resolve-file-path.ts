import { resolveModulePath } from './resolve-module-path.ts';
import type { TModule } from './types.ts';

/**
 * The path handed to readFile for `file(p)`: an absolute path or one already under the module
 * folder (`${path.module}/x`) is kept (normalised); any other relative path resolves against
 * the module folder, as Terraform resolves it against the root module's directory. Never throws.
 */
export function resolveFilePath(module: TModule, path: string): string {
  if (path.startsWith('/')) return resolveModulePath('/', path);
  const normalized = resolveModulePath('.', path);
  if (module.path === '.' || normalized === module.path || normalized.startsWith(`${module.path}/`))
    return normalized;
  return resolveModulePath(module.path, path);
}
