import type { TApiRefs, TConfigObject } from '../sysdig/index.ts';
import { getResourceType, resolveReferences } from '../sysdig/index.ts';
import { canonicalDesired } from './canonical-desired.ts';
import type { TBinding, TBindings } from './live-snapshot.ts';
import type { TApplyStep } from './order-apply-steps.ts';

/** What a successful step leaves behind. */
export interface TStepResult {
  readonly step: Pick<TApplyStep, 'address' | 'action' | 'isReplace'>;
  /** The resource type (ignored for deletes). */
  readonly type: string;
  /** The configuration applied (unknown references are resolved with `refs`). */
  readonly config?: TConfigObject;
  /** Resolves ids of objects created earlier in the apply (for the recorded `lastApplied`). */
  readonly refs?: TApiRefs;
  /**
   * The object as Secure holds it after the step, ideally a GET after the write (wrapped or bare):
   * gives `lastLive` and, when `id` is not given, the id (`id`, or the version for singletons).
   */
  readonly liveObject?: unknown;
  /** The remote id, when known from elsewhere (e.g. the create response). */
  readonly id?: string;
}

/**
 * The bindings after one successful apply step (DESIGN §3: bindings updated per successful step):
 * a delete removes the address; a create, update or adopt records the id, `lastApplied` =
 * canonical applied configuration (references resolved) and `lastLive` = canonical form of the
 * object read back. A replace's delete step keeps the binding (its create overwrites it). Returns
 * a new object; `bindings` is not changed. Pure.
 * @throws Error when the id cannot be determined for a create, update or adopt.
 */
export function bindingsAfterStep(bindings: TBindings, result: TStepResult): TBindings {
  const { address, action } = result.step;
  const next: TBindings = { ...bindings };
  if (action === 'delete') {
    if (!result.step.isReplace) delete next[address];
    return next;
  }
  const definition = getResourceType(result.type, result.config);
  const previous = bindings[address];
  const id = result.id ?? idOf(result.liveObject, definition?.singleton ?? false) ?? previous?.id;
  if (id === undefined)
    throw new Error(`${address}: no id after ${action}; pass the created object or its id`);
  const binding: TBinding = { id, type: result.type };
  if (definition && result.config) {
    const config = resolveReferences(
      definition,
      result.config,
      result.refs ?? { resolveId: () => undefined },
    );
    binding.lastApplied = canonicalDesired(definition, config, result.liveObject);
  } else if (previous?.lastApplied !== undefined) binding.lastApplied = previous.lastApplied;
  if (definition && result.liveObject !== undefined)
    binding.lastLive = definition.canonical(definition.fromApi(result.liveObject));
  next[address] = binding;
  return next;
}

/** The id of an API object: its `id` (bare or in a one-key wrapper); for singletons the version. */
function idOf(object: unknown, isSingleton: boolean): string | undefined {
  if (typeof object !== 'object' || object === null) return undefined;
  let record = object as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && typeof record[keys[0] ?? ''] === 'object')
    record = record[keys[0] ?? ''] as Record<string, unknown>;
  const value = isSingleton ? record.version : record.id;
  return typeof value === 'number' || typeof value === 'string' ? String(value) : undefined;
}
