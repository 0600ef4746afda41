import 'server-only';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TBindings } from '../plan/live-snapshot.ts';
import { readBindings, writeBindings } from './bindings-store.ts';
import { seedBindingsFromTfstate } from './seed-bindings-from-tfstate.ts';

/**
 * Bindings kept in a state file. When the file does not exist yet and the module has a
 * `terraform.tfstate`, the ids Terraform recorded seed the bindings (Rampart takes over).
 */
export function fileBindings(
  stateFile: string,
  moduleDir: string,
): { read: () => Promise<TBindings>; write: (b: TBindings) => Promise<void> } {
  return {
    read: async () => {
      const exists = await stat(stateFile).then(
        () => true,
        () => false,
      );
      if (exists) return readBindings(stateFile);
      const tfstate = await readFile(path.join(moduleDir, 'terraform.tfstate'), 'utf8').catch(
        () => null,
      );
      return tfstate ? seedBindingsFromTfstate(tfstate) : {};
    },
    write: (bindings) => writeBindings(stateFile, bindings),
  };
}
