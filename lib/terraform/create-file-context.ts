import type { TEvalContext } from './eval-context.ts';
import type { TModule, TModuleFile } from './types.ts';

// Files by path per module version (files never change within a version).
const filesByModule = new WeakMap<readonly TModuleFile[], Map<string, TModuleFile>>();

function fileByPath(module: TModule): Map<string, TModuleFile> {
  let map = filesByModule.get(module.files);
  if (!map) {
    map = new Map(module.files.map((f) => [f.path, f]));
    filesByModule.set(module.files, map);
  }
  return map;
}

// Contexts never mutate these (derived contexts get new ones): one shared empty scope and stack
// instead of two allocations per evaluated resource.
const EMPTY_SCOPE: TEvalContext['scope'] = new Map();
const EMPTY_STACK: readonly string[] = [];

/**
 * A fresh evaluation context for expressions of `file` in `module`, collecting diagnostics into
 * `diagnostics`. Never throws (an unknown file gets empty text; positions then clamp to 1:1).
 */
export function createFileContext(
  module: TModule,
  file: string,
  diagnostics: TEvalContext['diagnostics'],
  extra: { address?: string; attribute?: string; localStack?: readonly string[] } = {},
): TEvalContext {
  const moduleFile = fileByPath(module).get(file);
  const context: TEvalContext = {
    module,
    file,
    text: moduleFile?.text ?? '',
    lineStarts: moduleFile?.lineStarts ?? [0],
    scope: EMPTY_SCOPE,
    diagnostics,
    localStack: extra.localStack ?? EMPTY_STACK,
    isTemplateFile: false,
  };
  if (extra.address !== undefined) context.address = extra.address;
  if (extra.attribute !== undefined) context.attribute = extra.attribute;
  return context;
}
