import type { TConfigObject, TResourceDefinition } from '../sysdig/index.ts';
import { canonicalDesired } from './canonical-desired.ts';
import { diffAttributes } from './diff-attributes.ts';
import { isDeepEqual } from './is-deep-equal.ts';
import type { TBinding } from './live-snapshot.ts';
import { maskSensitive } from './mask-sensitive.ts';
import { sensitiveMarks } from './sensitive-marks.ts';
import type { TIdentity } from './match-live-objects.ts';
import type { TDesiredResource, TPlanAction, TResourceChange } from './plan-model.ts';
import { containsUnknown } from './contains-unknown.ts';
import { splitUnknown } from './split-unknown.ts';

/** Inputs of one resource's change. */
export interface TResourceChangeInput {
  readonly resource: TDesiredResource;
  readonly definition: TResourceDefinition;
  /** The configuration with the references the plan knows resolved. */
  readonly config: TConfigObject;
  readonly identity: TIdentity;
  readonly binding?: TBinding;
  readonly dependsOn: readonly string[];
  readonly notes: readonly string[];
}

/**
 * The change of one desired resource: canonical desired vs canonical live (spec §5.2). Attributes
 * the provider never reads back (`notRefreshed`, spec §2.1) take, on the live side, the value of the
 * last apply (else the desired one): Terraform's state holds that, so only a code change shows.
 * A differing ForceNew attribute makes a replace; an adopted object shows `adopt` first. Pure.
 */
export function planResourceChange(input: TResourceChangeInput): TResourceChange {
  const { resource, definition, identity } = input;
  const hasLive = identity.kind === 'bound' || identity.kind === 'adopted';
  const desired = canonicalDesired(definition, input.config, hasLive ? identity.object : undefined);
  const live = hasLive ? liveSide(definition, identity.object, desired, input.binding) : undefined;
  const options = {
    attributes: definition.attributes,
    sensitive: definition.sensitive,
    forceNew: definition.forceNew,
  };
  const changed = live ? differing(live, desired) : [];
  const attributes = !live || changed.length > 0 ? diffAttributes(live, desired, options) : [];
  const isReplace = changed.some((name) => definition.forceNew.includes(name));
  const actions: TPlanAction[] = [];
  if (identity.kind === 'adopted') actions.push('adopt');
  if (!live) actions.push('create');
  else if (isReplace) actions.push('replace');
  else if (changed.length > 0) actions.push('update');
  if (actions.length === 0) actions.push('no-op');
  const after = splitUnknown(desired);
  const change: TResourceChange['change'] = {
    actions,
    before: live ? maskSensitive(live, definition.sensitive) : null,
    after: maskSensitive(after.known, definition.sensitive),
    after_unknown: after.mask ?? {},
    before_sensitive: live ? sensitiveMarks(live, definition.sensitive) : false,
    after_sensitive: sensitiveMarks(desired, definition.sensitive),
  };
  if (isReplace && live) {
    const sameKey = definition.naturalKey(live as TConfigObject) === definition.naturalKey(desired);
    // A new name cannot collide, so the new object comes first and dependents switch to it before
    // the old one goes; with the same name Secure may refuse a duplicate: Terraform's default order.
    change.replaceOrder = sameKey ? 'delete-before-create' : 'create-before-delete';
  }
  return {
    address: resource.address,
    type: resource.type,
    name: resource.name,
    variant: definition.variant,
    apiFamily: definition.apiFamily,
    applyOrder: definition.applyOrder,
    ...(hasLive && identity.liveId !== undefined ? { liveId: identity.liveId } : {}),
    dependsOn: [...input.dependsOn],
    ...(resource.file !== undefined ? { file: resource.file } : {}),
    ...(resource.line !== undefined ? { line: resource.line } : {}),
    change,
    attributes,
    drift: [],
    notes: [...input.notes],
  };
}

/** The canonical live object, not-refreshed attributes taken from the last apply or the desired side. */
function liveSide(
  definition: TResourceDefinition,
  object: unknown,
  desired: TConfigObject,
  binding: TBinding | undefined,
): TConfigObject {
  const live = definition.canonical(definition.fromApi(object));
  const applied = (binding?.lastApplied ?? undefined) as TConfigObject | undefined;
  for (const name of definition.notRefreshed) {
    const value = applied?.[name] ?? desired[name];
    if (value !== undefined) live[name] = value;
  }
  return live;
}

/** Top-level attributes whose canonical values differ (unknown desired values always differ). */
function differing(live: TConfigObject, desired: TConfigObject): string[] {
  return Object.keys(desired).filter(
    (name) =>
      containsUnknown(desired[name]) || !isDeepEqual(live[name] ?? null, desired[name] ?? null),
  );
}
