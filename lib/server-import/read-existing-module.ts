import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TExistingResource } from '../import/index.ts';
import { isSysdigType } from '../sysdig/index.ts';
import { loadModule } from '../terraform/load-module.ts';

/** What an import needs to know about the module it adds to. */
export interface TExistingModule {
  resources: TExistingResource[];
  /** The module already requires the `sysdig` provider (then no `versions.tf` is generated). */
  hasSysdigProvider: boolean;
}

/**
 * The Sysdig resources of the module in `dir` (its `.tf` files, not sub-folders), with their
 * natural key (the literal `name`; resources whose name is an expression are left out) and address.
 * A missing folder reads as an empty module. Throws on other file system errors.
 */
export async function readExistingModule(dir: string): Promise<TExistingModule> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.tf')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { resources: [], hasSysdigProvider: false };
    throw error;
  }
  const files = await Promise.all(
    names.map(async (name) => ({ path: name, text: await readFile(path.join(dir, name), 'utf8') })),
  );
  const terraformModule = loadModule({ files, modulePath: '.' });
  const resources: TExistingResource[] = [];
  for (const entity of terraformModule.resources) {
    if (!isSysdigType(entity.type)) continue;
    const name = entity.block.attributes.name?.value;
    if (typeof name === 'string')
      resources.push({ type: entity.type, naturalKey: name, address: entity.address });
  }
  return {
    resources,
    hasSysdigProvider: terraformModule.requiredProviders.some(
      (provider) => provider.name === 'sysdig',
    ),
  };
}
