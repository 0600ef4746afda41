import type { TConfigObject, TResourceDefinition } from '../sysdig/index.ts';
import { compareIds } from './compare-ids.ts';
import { claimKey } from './claim-key.ts';
import { findLiveObject, SINGLETON_ID } from './find-live-object.ts';
import { isAdoptable } from './is-adoptable.ts';
import type { TBindings, TLiveSnapshot } from './live-snapshot.ts';

/** How a desired resource relates to Secure. */
export interface TIdentity {
  /** bound: its binding's object exists; adopted: matched by natural key; new: nothing; gone: bound but deleted outside code. */
  readonly kind: 'bound' | 'adopted' | 'new' | 'gone';
  readonly liveId?: string;
  readonly object?: unknown;
  /** Adopted after the bound object (this id) was deleted outside code. */
  readonly previousId?: string;
}

/** A desired resource with its registry definition. */
export interface TPlannedEntry {
  readonly address: string;
  readonly type: string;
  readonly config: TConfigObject;
  readonly definition: TResourceDefinition;
}

/**
 * Decides the identity of every desired resource. Bound objects are claimed first, then unbound
 * resources in address order adopt the lowest-id unclaimed live object with the same natural key
 * (singletons: the one object), so the result does not depend on input order. A resource whose
 * bound object is gone is matched like an unbound one (Secure may hold a re-created object of the
 * same name, and a create would collide with it); failing that it is `gone`. Returns the
 * identities by address and the claimed live objects (`claimKey`). Pure.
 */
export function matchLiveObjects(
  entries: readonly TPlannedEntry[],
  bindings: TBindings,
  live: TLiveSnapshot,
): { identities: Map<string, TIdentity>; claimed: Set<string> } {
  const identities = new Map<string, TIdentity>();
  const claimed = new Set<string>();
  const unbound: TPlannedEntry[] = [];
  const goneIds = new Map<string, string>();
  for (const entry of entries) {
    const binding = bindings[entry.address];
    if (!binding || binding.type !== entry.type) {
      unbound.push(entry);
      continue;
    }
    const family = entry.definition.apiFamily;
    const object = findLiveObject(live, family, binding.id);
    const key = claimKey(family, binding.id);
    if (object === undefined || claimed.has(key)) {
      goneIds.set(entry.address, binding.id);
      unbound.push(entry);
      continue;
    }
    claimed.add(key);
    identities.set(entry.address, { kind: 'bound', liveId: binding.id, object });
  }
  const byName = indexByName(live);
  for (const entry of unbound) {
    const { definition, config } = entry;
    const family = definition.apiFamily;
    if (definition.singleton) {
      const object = findLiveObject(live, family, SINGLETON_ID);
      const key = claimKey(family, SINGLETON_ID);
      if (object !== undefined && !claimed.has(key)) {
        claimed.add(key);
        identities.set(entry.address, { kind: 'adopted', liveId: singletonId(object), object });
      } else identities.set(entry.address, { kind: 'new' });
      continue;
    }
    const key = definition.naturalKey(config);
    const candidates = byName.get(`${family}\u0000${key}`) ?? [];
    const match = candidates.find(
      ([id, object]) =>
        !claimed.has(claimKey(family, id)) &&
        isAdoptable(definition, config, object) &&
        definition.naturalKey(definition.fromApi(object)) === key,
    );
    if (match) {
      claimed.add(claimKey(family, match[0]));
      identities.set(entry.address, { kind: 'adopted', liveId: match[0], object: match[1] });
    } else identities.set(entry.address, { kind: 'new' });
  }
  for (const [address, id] of goneIds) {
    const identity = identities.get(address);
    identities.set(
      address,
      identity?.kind === 'adopted' ? { ...identity, previousId: id } : { kind: 'gone', liveId: id },
    );
  }
  return { identities, claimed };
}

/** family + NUL + name → [id, object][] in ascending numeric id order. */
function indexByName(live: TLiveSnapshot): Map<string, [string, unknown][]> {
  const index = new Map<string, [string, unknown][]>();
  for (const [family, objects] of Object.entries(live.objects)) {
    for (const [id, object] of Object.entries(objects)) {
      const name = (object as { name?: unknown } | null)?.name;
      if (typeof name !== 'string') continue;
      const key = `${family}\u0000${name}`;
      const list = index.get(key) ?? [];
      list.push([id, object]);
      index.set(key, list);
    }
  }
  for (const list of index.values()) list.sort(([a], [b]) => compareIds(a, b));
  return index;
}

/** The provider's TF id of a singleton: its version in decimal (spec §2.3, §2.4). */
function singletonId(object: unknown): string {
  const record = (object ?? {}) as Record<string, unknown>;
  const inner = (record.priorities ?? record.userRulesFile ?? record) as Record<string, unknown>;
  return typeof inner.version === 'number' ? String(inner.version) : SINGLETON_ID;
}
