import type { TConfigObject } from '../sysdig/index.ts';
import { getResourceType } from '../sysdig/index.ts';
import type { TBindings } from './live-snapshot.ts';
import type { TDesiredResource } from './plan-model.ts';
import { resolvePlanReferences } from './resolve-plan-references.ts';

/**
 * The configuration of `resource` as an apply step sends it: id references resolved from the
 * bindings so far (objects created by earlier steps included) and single-attribute references
 * (`sysdig_secure_rule_falco.x.name`) from the other desired resources' literal values. What cannot
 * be resolved stays unknown (`findUnresolved` on the payload then says the step cannot run). Pure.
 */
export function resolveStepConfig(
  resource: TDesiredResource,
  desired: readonly TDesiredResource[],
  bindings: TBindings,
  currentTeamId?: number,
): TConfigObject {
  const definition = getResourceType(resource.type, resource.config);
  if (!definition) return resource.config;
  const byAddress = new Map(desired.map((item) => [item.address, item]));
  return resolvePlanReferences(definition, resource.config, {
    idOf: (address) => bindings[address]?.id,
    attributeOf: (address, attribute) => byAddress.get(address)?.config[attribute],
    ...(currentTeamId === undefined ? {} : { currentTeamId }),
  });
}
