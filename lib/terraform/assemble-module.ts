import type { TConfigValue } from './config-value.ts';
import { buildVariableModel } from './build-variable-model.ts';
import { collectRequiredProviders } from './collect-required-providers.ts';
import { compareDiagnostics } from './compare-diagnostics.ts';
import { findDanglingReferences } from './find-dangling-references.ts';
import { findDuplicateAddresses } from './find-duplicate-addresses.ts';
import { resolveVariableValues } from './resolve-variable-values.ts';
import type { TEntity, TModule, TModuleFile, TParseCache, TReadFile, TReference } from './types.ts';

/** Module-wide settings carried from one version of a model to the next. */
export interface TModuleSettings {
  path: string;
  rootPath: string;
  readFile: TReadFile | undefined;
  tfvars: Record<string, TConfigValue> | undefined;
  cache: TParseCache;
}

/**
 * Builds the model model from already indexed files (see indexModuleFile): entity lists by
 * kind, the address index, duplicate addresses, variable values, the reference graph in both
 * directions and dangling references. Diagnostics are sorted by file, line, column. Files are taken in lexical path order, as Terraform
 * reads them. Cost is linear in entities and references; nothing is parsed. Never throws.
 */
export function assembleModule(files: readonly TModuleFile[], settings: TModuleSettings): TModule {
  const byAddress = new Map<string, TEntity>();
  const usedBy = new Map<string, TReference[]>();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const model: TModule = {
    ...settings,
    files: sorted,
    blocks: [],
    resources: [],
    dataSources: [],
    variables: [],
    locals: [],
    providers: [],
    outputs: [],
    modules: [],
    imports: [],
    terraformBlocks: [],
    requiredProviders: [],
    byAddress,
    variableValues: new Map(),
    references: [],
    usedBy,
    diagnostics: [],
  };
  const entities: TEntity[] = [];
  for (const file of sorted) {
    model.diagnostics.push(...file.diagnostics);
    for (const block of file.blocks) {
      model.blocks.push(block);
      if (block.type === 'import') model.imports.push(block);
      else if (block.type === 'terraform') model.terraformBlocks.push(block);
    }
    for (const entity of file.entities) {
      entities.push(entity);
      if (!byAddress.has(entity.address)) byAddress.set(entity.address, entity);
      listFor(model, entity.kind).push(entity);
    }
    for (const reference of file.references) model.references.push(reference);
  }
  model.diagnostics.push(...findDuplicateAddresses(entities));
  model.variables = entities.filter((e) => e.kind === 'variable').map(buildVariableModel);
  model.requiredProviders = collectRequiredProviders(model.terraformBlocks);
  const resolved = resolveVariableValues(model.variables, sorted, settings.tfvars);
  model.variableValues = resolved.values;
  model.diagnostics.push(...resolved.diagnostics);
  for (const reference of model.references) {
    if (reference.target === null) continue;
    const list = usedBy.get(reference.target);
    if (list) list.push(reference);
    else usedBy.set(reference.target, [reference]);
  }
  model.diagnostics.push(...findDanglingReferences(model.references, model.byAddress));
  model.diagnostics.sort(compareDiagnostics);
  return model;
}

/** The entity list of `model` that holds entities of `kind` (variables are modelled apart). */
export function listFor(model: TModule, kind: TEntity['kind']): TEntity[] {
  switch (kind) {
    case 'resource':
      return model.resources;
    case 'data':
      return model.dataSources;
    case 'local':
      return model.locals;
    case 'provider':
      return model.providers;
    case 'output':
      return model.outputs;
    case 'module':
      return model.modules;
    case 'variable':
      return [];
  }
}
