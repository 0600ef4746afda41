import type { TConfigValue } from '../terraform/config-value.ts';
import { getResourceType } from '../sysdig/index.ts';
import { collectReferences } from './collect-references.ts';
import { computeDrift } from './compute-drift.ts';
import { fingerprintLive } from './fingerprint-live.ts';
import { hashPlanContent } from './hash-plan-content.ts';
import { hashSha256 } from './hash-sha256.ts';
import { listUnmanaged } from './list-unmanaged.ts';
import type { TBindings, TLiveSnapshot } from './live-snapshot.ts';
import { matchLiveObjects, type TPlannedEntry } from './match-live-objects.ts';
import { planDeletes } from './plan-deletes.ts';
import {
  PLAN_FORMAT_VERSION,
  type TDesiredResource,
  type TPlan,
  type TResourceChange,
} from './plan-model.ts';
import { planResourceChange } from './plan-resource-change.ts';
import { resolvePlanReferences } from './resolve-plan-references.ts';
import { sortTopologically } from './sort-topologically.ts';
import { summarizePlan } from './summarize-plan.ts';

/** Input of `computePlan`. */
export interface TPlanInput {
  /** Desired resources (evaluated configuration from the module model). */
  readonly desired: readonly TDesiredResource[];
  /** The live state read from Secure. */
  readonly live: TLiveSnapshot;
  /** Address → binding of this (workspace, backend). */
  readonly bindings: TBindings;
  /** The commit the desired state comes from. */
  readonly commit?: string;
}

type TEntry = TPlannedEntry & { resource: TDesiredResource; dependsOn: string[] };

/**
 * Plans desired vs live (DESIGN §3 "Plan"): per resource create, update, replace (ForceNew), delete
 * (bound earlier, removed from code), adopt (unbound, matched by natural key; then an update when
 * attributes differ) or no-op, with labelled attribute diffs, drift since the last apply, and the
 * live objects nothing represents. Resources are resolved in reference order so an id reference to
 * a kept object is its id and one to an object still to be created is known after apply. Resource
 * types the registry does not model are listed in `ignored`. Deterministic: the result does not
 * depend on the order of `desired`, `bindings` or the live maps. Never contains a raw sensitive
 * value. Pure; throws nothing for well-formed input.
 */
export function computePlan(input: TPlanInput): TPlan {
  const { live, bindings } = input;
  const entries: TEntry[] = [];
  const ignored: TPlan['ignored'] = [];
  for (const resource of [...input.desired].sort((a, b) => compare(a.address, b.address))) {
    const definition = getResourceType(resource.type, resource.config);
    if (!definition) {
      ignored.push({
        address: resource.address,
        type: resource.type,
        reason: 'Not a Sysdig Secure resource type Rampart models.',
      });
      continue;
    }
    entries.push({ ...resource, resource, definition, dependsOn: [] });
  }
  const addresses = new Set(entries.map((entry) => entry.address));
  for (const entry of entries) entry.dependsOn = expandReferences(entry, addresses);
  const { identities, claimed } = matchLiveObjects(entries, bindings, live);
  const byAddress = new Map(entries.map((entry) => [entry.address, entry]));
  const resolved = new Map<string, TResourceChange>();
  const configs = new Map<string, Record<string, TConfigValue>>();
  const lookup = {
    idOf(address: string) {
      const change = resolved.get(address);
      const kept = change?.change.actions.every(
        (action) => action !== 'create' && action !== 'replace',
      );
      return kept ? change?.liveId : undefined;
    },
    attributeOf: (address: string, attribute: string) => configs.get(address)?.[attribute],
    ...(typeof live.currentTeamId === 'number' ? { currentTeamId: live.currentTeamId } : {}),
  };
  const ordered = sortTopologically(
    entries,
    (entry) => entry.address,
    (entry) => entry.dependsOn,
    (a, b) => compare(a.address, b.address),
  );
  for (const entry of ordered) {
    const identity = identities.get(entry.address) ?? { kind: 'new' as const };
    const config = resolvePlanReferences(entry.definition, entry.config, lookup);
    configs.set(entry.address, config);
    const notes = entry.dependsOn
      .filter((dep) => !byAddress.has(dep) && !ignored.some((item) => item.address === dep))
      .map((dep) => `References ${dep}, which the code does not define.`);
    if (identity.kind === 'gone')
      notes.push(`Object ${identity.liveId} was deleted outside code; it will be created again.`);
    if (identity.previousId !== undefined)
      notes.push(
        `Object ${identity.previousId} was deleted outside code; object ${identity.liveId ?? ''} of the same name is adopted instead.`,
      );
    if (identity.kind === 'new' && entry.type === 'sysdig_secure_managed_policy')
      notes.push(
        `Secure has no managed policy named ${JSON.stringify(entry.definition.naturalKey(entry.config))} of this type: the apply will fail (spec §4.7).`,
      );
    const binding = bindings[entry.address];
    const change = planResourceChange({
      resource: entry.resource,
      definition: entry.definition,
      config,
      identity,
      ...(binding && binding.type === entry.type ? { binding } : {}),
      dependsOn: entry.dependsOn,
      notes,
    });
    if (identity.kind === 'bound')
      change.drift = computeDrift(entry.definition, binding?.lastLive, identity.object);
    resolved.set(entry.address, change);
  }
  const desiredTypes = new Map(input.desired.map((resource) => [resource.address, resource.type]));
  const deletes = planDeletes(bindings, desiredTypes, live, claimed);
  const resourceChanges = [...resolved.values(), ...deletes.changes].sort((a, b) =>
    compare(a.address, b.address),
  );
  const content = {
    format_version: PLAN_FORMAT_VERSION,
    resource_changes: resourceChanges,
    unmanaged: listUnmanaged(live, claimed),
    forgotten: deletes.forgotten,
    ignored,
  } as const;
  const contentHash = hashPlanContent(content);
  const liveFingerprint = fingerprintLive(live);
  const commit = input.commit ?? null;
  return {
    format_version: PLAN_FORMAT_VERSION,
    id: hashSha256(`${contentHash}\n${commit ?? ''}\n${liveFingerprint}`).slice(0, 20),
    contentHash,
    commit,
    liveFingerprint,
    summary: summarizePlan(resourceChanges),
    resource_changes: resourceChanges,
    unmanaged: content.unmanaged,
    forgotten: content.forgotten,
    ignored,
  };
}

/**
 * The addresses a resource depends on: its references, a reference to a counted resource as a
 * whole (`x.y` from a splat) standing for every instance (`x.y[0]`, `x.y["k"]`).
 */
function expandReferences(entry: TEntry, addresses: ReadonlySet<string>): string[] {
  const result = new Set<string>();
  for (const dep of collectReferences(entry.config)) {
    const instances = addresses.has(dep)
      ? [dep]
      : [...addresses].filter((address) => address.startsWith(`${dep}[`));
    for (const address of instances.length > 0 ? instances : [dep])
      if (address !== entry.address) result.add(address);
  }
  return [...result].sort();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
