import { listFor } from './assemble-module.ts';
import { compareDiagnostics } from './compare-diagnostics.ts';
import { findDanglingReferences } from './find-dangling-references.ts';
import { LayeredMap } from './layered-map.ts';
import { replaceFileItems } from './replace-file-items.ts';
import type { TEntity, TModule, TModuleFile, TReference } from './types.ts';

/**
 * The fast path of updateModuleFile: when the new version of a `.tf` file declares exactly the
 * same addresses as the old one, declares no variables or `terraform` blocks, and the module
 * has no duplicate addresses, only that file's contribution changes — its blocks, entities,
 * references and diagnostics — so the module is patched instead of re-assembled: other files'
 * diagnostics (including their dangling references) stay valid. Returns null when the fast path
 * does not apply (the caller then re-assembles). Does not change `module`. Never throws.
 */
export function patchModuleFile(module: TModule, next: TModuleFile): TModule | null {
  const index = module.files.findIndex((file) => file.path === next.path);
  const previous = module.files[index];
  if (!previous || previous.kind !== 'tf' || next.kind !== 'tf') return null;
  if (!isPatchable(previous) || !isPatchable(next)) return null;
  if (previous.entities.length !== next.entities.length) return null;
  if (module.diagnostics.some((d) => d.code === 'duplicate-address')) return null;
  const addresses = new Set(previous.entities.map((entity) => entity.address));
  if (addresses.size !== previous.entities.length) return null;
  if (!next.entities.every((entity) => addresses.has(entity.address))) return null;

  const files = module.files.slice();
  files[index] = next;
  const model: TModule = { ...module, files };
  const kinds = ['resource', 'data', 'local', 'provider', 'output', 'module'] as const;
  const ofKind = (file: TModuleFile, kind: TEntity['kind']) =>
    file.entities.filter((entity) => entity.kind === kind);
  const imports = (file: TModuleFile) => file.blocks.filter((block) => block.type === 'import');
  const blocks = replaceFileItems(module.blocks, previous.blocks, next.blocks);
  const references = replaceFileItems(module.references, previous.references, next.references);
  const importBlocks = replaceFileItems(module.imports, imports(previous), imports(next));
  if (!blocks || !references || !importBlocks) return null;
  model.blocks = blocks;
  model.references = references;
  model.imports = importBlocks;
  for (const kind of kinds) {
    const list = replaceFileItems(
      listFor(module, kind),
      ofKind(previous, kind),
      ofKind(next, kind),
    );
    if (!list) return null;
    setList(model, kind, list);
  }
  model.byAddress = LayeredMap.derive(
    module.byAddress,
    next.entities.map((entity): [string, TEntity] => [entity.address, entity]),
  );
  model.usedBy = relink(module.usedBy, next.path, previous.references, next.references);
  model.diagnostics = module.diagnostics.filter((d) => d.file !== next.path);
  model.diagnostics.push(
    ...next.diagnostics,
    ...findDanglingReferences(next.references, model.byAddress),
  );
  model.diagnostics.sort(compareDiagnostics);
  return model;
}

function setList(
  model: TModule,
  kind: Exclude<TEntity['kind'], 'variable'>,
  list: TEntity[],
): void {
  if (kind === 'resource') model.resources = list;
  else if (kind === 'data') model.dataSources = list;
  else if (kind === 'local') model.locals = list;
  else if (kind === 'provider') model.providers = list;
  else if (kind === 'output') model.outputs = list;
  else model.modules = list;
}

function isPatchable(file: TModuleFile): boolean {
  return (
    !file.entities.some((entity: TEntity) => entity.kind === 'variable') &&
    !file.blocks.some((block) => block.type === 'terraform')
  );
}

// Replaces the old file's references by the new ones in the reverse index. Each list holds the
// module's files in path order and each file's references in collection order, as a full
// assemble builds it, so the file's run is found by binary search and replaced: a target that
// the whole module uses (a variable every resource reads) costs one copy of its list, not a
// filter and a sort of it.
function relink(
  usedBy: ReadonlyMap<string, TReference[]>,
  path: string,
  removed: readonly TReference[],
  added: readonly TReference[],
): ReadonlyMap<string, TReference[]> {
  const addedTo = new Map<string, TReference[]>();
  for (const reference of added) {
    if (reference.target === null) continue;
    const list = addedTo.get(reference.target);
    if (list) list.push(reference);
    else addedTo.set(reference.target, [reference]);
  }
  const targets = new Set(addedTo.keys());
  for (const reference of removed) if (reference.target !== null) targets.add(reference.target);
  if (targets.size === 0) return usedBy;
  const sets: [string, TReference[]][] = [];
  const deletes: string[] = [];
  for (const target of targets) {
    const list = usedBy.get(target) ?? [];
    const from = firstOfFile(list, path);
    let to = from;
    while (to < list.length && (list[to] as TReference).file === path) to++;
    const next = list.slice(0, from).concat(addedTo.get(target) ?? [], list.slice(to));
    if (next.length > 0) sets.push([target, next]);
    else deletes.push(target);
  }
  return LayeredMap.derive(usedBy, sets, deletes);
}

// Index of the first reference of `path` in `list`, or of the first of a later file.
function firstOfFile(list: readonly TReference[], path: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as TReference).file < path) low = middle + 1;
    else high = middle;
  }
  return low;
}
