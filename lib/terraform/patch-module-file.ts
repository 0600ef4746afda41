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
  model.usedBy = relink(module.usedBy, previous.references, next.references);
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

// Replaces the old file's references by the new ones in the reverse index, keeping each list
// in file order then source order, as a full assemble builds it.
function relink(
  usedBy: ReadonlyMap<string, TReference[]>,
  removed: readonly TReference[],
  added: readonly TReference[],
): ReadonlyMap<string, TReference[]> {
  const targets = new Set<string>();
  for (const reference of [...removed, ...added])
    if (reference.target !== null) targets.add(reference.target);
  if (targets.size === 0) return usedBy;
  const gone = new Set(removed);
  const sets: [string, TReference[]][] = [];
  const deletes: string[] = [];
  for (const target of targets) {
    const list = (usedBy.get(target) ?? []).filter((reference) => !gone.has(reference));
    for (const reference of added) if (reference.target === target) list.push(reference);
    // Module files are in lexical path order, so comparing paths orders by file.
    list.sort((a, b) =>
      a.file === b.file ? a.range.start - b.range.start : a.file < b.file ? -1 : 1,
    );
    if (list.length > 0) sets.push([target, list]);
    else deletes.push(target);
  }
  return LayeredMap.derive(usedBy, sets, deletes);
}
