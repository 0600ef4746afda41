import type { TConfigObject, TResourceDefinition } from '../sysdig/index.ts';
import { getResourceType, getResourceVariants } from '../sysdig/index.ts';
import { diffAttributes } from './diff-attributes.ts';
import { claimKey } from './claim-key.ts';
import { findLiveObject } from './find-live-object.ts';
import type { TBindings, TLiveSnapshot } from './live-snapshot.ts';
import { maskSensitive } from './mask-sensitive.ts';
import { sensitiveMarks } from './sensitive-marks.ts';
import type { TResourceChange } from './plan-model.ts';

/** Deletes of a plan, and bindings whose objects are already gone. */
export interface TPlannedDeletes {
  readonly changes: TResourceChange[];
  readonly forgotten: { address: string; id: string }[];
}

/**
 * Deletes for bindings whose resource left the code (or changed type): only objects bound earlier
 * are ever deleted (DESIGN §3). A binding whose object no longer exists is forgotten, not deleted.
 * Claims the deleted objects in `claimed` so they are not listed as unmanaged. Pure.
 */
export function planDeletes(
  bindings: TBindings,
  desiredTypes: ReadonlyMap<string, string>,
  live: TLiveSnapshot,
  claimed: Set<string>,
): TPlannedDeletes {
  const changes: TResourceChange[] = [];
  const forgotten: { address: string; id: string }[] = [];
  for (const address of Object.keys(bindings).sort()) {
    const binding = bindings[address];
    if (!binding || desiredTypes.get(address) === binding.type) continue;
    const definition = boundDefinition(
      binding.type,
      binding.lastApplied,
      (candidate) => findLiveObject(live, candidate.apiFamily, binding.id) !== undefined,
    );
    const object = definition && findLiveObject(live, definition.apiFamily, binding.id);
    const key = definition && claimKey(definition.apiFamily, binding.id);
    if (!definition || object === undefined || key === undefined || claimed.has(key)) {
      forgotten.push({ address, id: binding.id });
      continue;
    }
    claimed.add(key);
    const before = definition.canonical(definition.fromApi(object));
    const notes =
      definition.apiFamily === 'priorities'
        ? ['The provider deletes nothing here (spec §2.4): Secure keeps its policy order.']
        : definition.apiFamily === 'user-rules-file'
          ? ['Deleting empties the user rules file (spec §2.3).']
          : [];
    changes.push({
      address,
      type: binding.type,
      name: nameOf(address, binding.type),
      variant: definition.variant,
      apiFamily: definition.apiFamily,
      applyOrder: definition.applyOrder,
      liveId: binding.id,
      dependsOn: [],
      change: {
        actions: ['delete'],
        before: maskSensitive(before, definition.sensitive),
        after: null,
        after_unknown: {},
        before_sensitive: sensitiveMarks(before, definition.sensitive),
        after_sensitive: false,
      },
      attributes: diffAttributes(before, undefined, {
        attributes: definition.attributes,
        sensitive: definition.sensitive,
        forceNew: [],
      }),
      drift: [],
      notes,
    });
  }
  return { changes, forgotten };
}

/** The definition of a bound type: by its last applied shape, else the variant holding the object. */
function boundDefinition(
  type: string,
  lastApplied: unknown,
  holdsObject: (definition: TResourceDefinition) => boolean,
): TResourceDefinition | undefined {
  if (typeof lastApplied === 'object' && lastApplied !== null)
    return getResourceType(type, lastApplied as TConfigObject);
  const variants = getResourceVariants(type);
  return variants.find(holdsObject) ?? variants[0];
}

/** The resource name of an address (`module.m.type.name[0]` → `name`). */
function nameOf(address: string, type: string): string {
  const at = address.lastIndexOf(`${type}.`);
  const rest = at < 0 ? address : address.slice(at + type.length + 1);
  return rest.replace(/\[.*\]$/, '');
}
