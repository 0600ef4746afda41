import type { TImportFile } from '../../../lib/import/index.ts';
import type { TConfigObject } from '../../../lib/sysdig/index.ts';
import { isUnknownValue, type TConfigValue } from '../../../lib/terraform/config-value.ts';
import { createFileContext } from '../../../lib/terraform/create-file-context.ts';
import { evaluateExpression } from '../../../lib/terraform/evaluate-expression.ts';
import { loadModule } from '../../../lib/terraform/load-module.ts';
import type { TBlockModel, TModule, TTerraformDiagnostic } from '../../../lib/terraform/types.ts';

/** One generated resource, evaluated. */
export interface TEvaluatedResource {
  address: string;
  type: string;
  name: string;
  file: string;
  /** Evaluated configuration: references stay TUnknownValue markers. */
  config: TConfigObject;
}

/**
 * Loads the generated files with lib/terraform (variables from `tfvars`) and evaluates every
 * resource block into the HCL-JSON configuration shape the registry takes (nested blocks as
 * arrays of objects). Returns the module, the resources and every diagnostic.
 */
export function evaluateGenerated(
  files: readonly TImportFile[],
  tfvars: Record<string, TConfigValue>,
): { module: TModule; resources: TEvaluatedResource[]; diagnostics: TTerraformDiagnostic[] } {
  const terraformModule = loadModule({
    files: files.filter((file) => file.path.endsWith('.tf')).map((file) => ({ ...file })),
    tfvars,
    modulePath: '.',
  });
  const diagnostics: TTerraformDiagnostic[] = [...terraformModule.diagnostics];
  const resources = terraformModule.resources.map((entity) => {
    const context = createFileContext(terraformModule, entity.file, diagnostics, {
      address: entity.address,
    });
    return {
      address: entity.address,
      type: entity.type,
      name: entity.name,
      file: entity.file,
      config: evaluateBlock(entity.block, (expression) => evaluateExpression(expression, context)),
    };
  });
  return { module: terraformModule, resources, diagnostics };
}

function evaluateBlock(
  block: TBlockModel,
  evaluate: (expression: TBlockModel['attributes'][string]['expression']) => TConfigValue,
): TConfigObject {
  const config: TConfigObject = {};
  for (const [name, attribute] of Object.entries(block.attributes))
    config[name] = evaluate(attribute.expression);
  for (const nested of block.blocks) {
    const list = (config[nested.type] ?? []) as TConfigValue[];
    list.push(evaluateBlock(nested, evaluate));
    config[nested.type] = list;
  }
  return config;
}

/**
 * The configuration with references resolved as a plan would once the referenced objects are
 * bound: `<address>.id` → the live id of that address, `<address>.name` → its configured name.
 */
export function resolveGeneratedReferences(
  value: TConfigValue,
  idOf: (address: string) => number | undefined,
  nameOf: (address: string) => string | undefined,
): TConfigValue {
  if (isUnknownValue(value)) {
    const [reference] = value.references;
    const match = reference ? /^(.*)\.(id|name)$/.exec(reference) : null;
    const resolved = match?.[2] === 'id' ? idOf(match[1] ?? '') : nameOf(match?.[1] ?? '');
    if (resolved === undefined) throw new Error(`unresolvable reference ${value.expression}`);
    return resolved;
  }
  if (Array.isArray(value))
    return value.map((item) => resolveGeneratedReferences(item, idOf, nameOf));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        resolveGeneratedReferences(item, idOf, nameOf),
      ]),
    );
  return value;
}
