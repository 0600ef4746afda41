import { getResourceType } from '../sysdig/registry.ts';
import type { TConfigObject } from '../sysdig/definition.ts';
import type { TEvaluatedEntity } from './collect-falco-sources.ts';
import { locateAttribute } from './locate-attribute.ts';
import type { TValidationDiagnostic } from './types.ts';

/**
 * Secure requires unique names per kind (policies, rules, channels, lists, macros; `append`
 * lists, macros and rules may share the name of what they extend): a second resource with the
 * same name would fail at apply, or silently adopt the first one's object.
 */
export function checkDuplicateNames(resources: TEvaluatedEntity[]): TValidationDiagnostic[] {
  const diagnostics: TValidationDiagnostic[] = [];
  const seen = new Map<string, TEvaluatedEntity>();
  for (const resource of resources) {
    const config = resource.config as TConfigObject;
    const definition = getResourceType(resource.entity.type, config);
    if (
      !definition ||
      definition.singleton ||
      config.append === true ||
      typeof config.name !== 'string'
    )
      continue;
    // Managed policies bind to Sysdig's existing policy of that name: not a new name.
    if (resource.entity.type === 'sysdig_secure_managed_policy') continue;
    const key = `${definition.apiFamily}\u0000${definition.naturalKey(config)}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, resource);
      continue;
    }
    const range = locateAttribute(resource.entity.block, 'name');
    diagnostics.push({
      severity: 'error',
      code: 'duplicate-name',
      message: `${resource.entity.address} has the same name "${config.name}" as ${first.entity.address} (${first.entity.file}:${first.entity.range.line}); Secure requires unique names`,
      file: resource.entity.file,
      line: range.line,
      column: range.column,
      address: resource.entity.address,
      attribute: 'name',
      hint: 'rename one of them',
    });
  }
  return diagnostics;
}
