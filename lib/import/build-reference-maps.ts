import type { TCollectedCandidates } from './collect-import-candidates.ts';
import type { TPlannedResource } from './types.ts';

/** Addresses generated references point at. */
export interface TReferenceMaps {
  readonly channelAddressById: Map<number, string>;
  readonly ruleAddressByName: Map<string, string>;
}

/**
 * Channel id → channel address and rule name → rule address, over the existing resources with an
 * address and the generated ones. For a name several rules share (append fragments), the rule that
 * is not an append wins. Pure.
 */
export function buildReferenceMaps(
  planned: readonly TPlannedResource[],
  collected: TCollectedCandidates,
): TReferenceMaps {
  const channelAddressById = new Map<number, string>();
  const ruleAddressByName = new Map<string, string>();
  for (const [key, address] of collected.existingById) {
    const [family, id] = key.split(':');
    if (family === 'notification-channel') channelAddressById.set(Number(id), address);
  }
  for (const [key, address] of collected.existingByKey)
    if (key.startsWith('rule:')) ruleAddressByName.set(key.slice('rule:'.length), address);
  for (const resource of planned) {
    if (resource.kind === 'channel') channelAddressById.set(Number(resource.id), resource.address);
  }
  const rules = planned.filter((resource) => resource.kind === 'rule');
  for (const isAppend of [true, false]) {
    for (const rule of rules) {
      const name = rule.config.name;
      if ((rule.config.append === true) === isAppend && typeof name === 'string')
        ruleAddressByName.set(name, rule.address);
    }
  }
  return { channelAddressById, ruleAddressByName };
}
