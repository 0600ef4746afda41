import 'server-only';
import { AppError } from '../errors/app-error.ts';
import type { TStepResult } from '../plan/bindings-after-step.ts';
import type { TBindings, TLiveSnapshot } from '../plan/live-snapshot.ts';
import type { TApplyStep } from '../plan/order-apply-steps.ts';
import type { TDesiredResource, TResourceChange } from '../plan/plan-model.ts';
import { resolveStepConfig } from '../plan/resolve-step-config.ts';
import type { TSecureClient } from '../secure/create-secure-client.ts';
import { findUnresolved } from '../sysdig/unresolved.ts';
import { getResourceType } from '../sysdig/registry.ts';
import { familyOperations } from './family-operations.ts';
import { unwrapPayload } from './unwrap-payload.ts';

/** What a step needs to know of the apply around it. */
export interface TStepContext {
  client: TSecureClient;
  desired: readonly TDesiredResource[];
  live: TLiveSnapshot;
  currentTeamId: number | undefined;
}

// A managed ruleset is created from the managed policy it inherits (spec §4.7): Sysdig's default
// policy of that name and type.
function inheritedPolicy(live: TLiveSnapshot, config: Record<string, unknown>): unknown {
  const inherited = Array.isArray(config.inherited_from)
    ? (config.inherited_from[0] as { name?: unknown; type?: unknown } | undefined)
    : undefined;
  return Object.values(live.objects['v2-policy']).find((object) => {
    const policy = object as { isDefault?: unknown; name?: unknown; type?: unknown };
    return (
      policy.isDefault === true &&
      policy.name === inherited?.name &&
      (policy.type ?? 'falco') === (inherited?.type ?? 'falco')
    );
  });
}

/**
 * Performs one apply step against Secure and returns what to record in the bindings
 * (`bindingsAfterStep`, applied by the caller to the newest bindings, since steps run side by side):
 * create/update send the registry's exact payload (references resolved from the bindings so far),
 * adopt records the existing object, delete removes it; every write is read back for the drift
 * baseline. Throws the client's AppError (naming the call and object) or AppError('INVALID_INPUT')
 * when a reference is still unresolved.
 */
export async function executeStep(
  context: TStepContext,
  step: TApplyStep,
  change: TResourceChange,
  bindings: TBindings,
): Promise<TStepResult> {
  const resource = context.desired.find((d) => d.address === step.address);
  const binding = bindings[step.address];
  const type = resource?.type ?? binding?.type ?? change.type;
  const definition = getResourceType(type, resource?.config);
  if (!definition)
    throw new AppError('INVALID_INPUT', {
      message: `${step.address}: ${type} is not a type Rampart can apply`,
    });
  const operations = familyOperations(context.client, definition.apiFamily);
  const liveObject = (id: string | undefined) =>
    id === undefined
      ? undefined
      : context.live.objects[definition.apiFamily as keyof TLiveSnapshot['objects']]?.[id];

  if (step.action === 'delete') {
    // Sysdig's managed policies are never deleted: removing the resource only stops managing it.
    // A replace's delete removes the object the plan saw (with create-before-delete the binding
    // already points at the new one).
    const oldId = step.isReplace ? (change.liveId ?? binding?.id) : binding?.id;
    if (oldId !== undefined && type !== 'sysdig_secure_managed_policy') {
      const singleton =
        definition.apiFamily === 'user-rules-file'
          ? unwrapPayload(context.live.userRulesFile)
          : null;
      await operations.remove(Number(oldId), singleton);
    }
    return { step, type };
  }
  if (!resource)
    throw new AppError('INVALID_INPUT', {
      message: `${step.address} is not in the code any more; plan again`,
    });
  const id =
    step.action === 'create' && !definition.singleton
      ? (change.liveId ?? undefined)
      : (binding?.id ?? change.liveId ?? undefined);

  if (step.action === 'adopt') {
    const object = definition.singleton
      ? await operations.read(0)
      : id !== undefined
        ? await operations.read(Number(id))
        : undefined;
    return {
      step,
      type,
      config: resource.config,
      liveObject: object,
      ...(id !== undefined ? { id } : {}),
    };
  }

  const config = resolveStepConfig(resource, context.desired, bindings, context.currentTeamId);
  // References arrive as written (`sysdig_secure_notification_channel_email.ops.id`).
  const idOf = (reference: string) => bindings[reference.replace(/\.id$/, '')]?.id;
  const refs = {
    resolveId: (reference: string) =>
      idOf(reference) !== undefined ? Number(idOf(reference)) : undefined,
    ...(context.currentTeamId !== undefined ? { currentTeamId: context.currentTeamId } : {}),
  };
  const current = definition.singleton
    ? unwrapPayload(
        definition.apiFamily === 'priorities'
          ? context.live.priorities
          : context.live.userRulesFile,
      )
    : unwrapPayload(liveObject(id));
  const isUpdate =
    step.action === 'update' ||
    definition.singleton ||
    (type === 'sysdig_secure_managed_policy' && id !== undefined);
  const target = isUpdate
    ? {
        ...(id !== undefined ? { id: Number(id) } : {}),
        ...(typeof current.version === 'number' ? { version: current.version } : {}),
        live: current,
      }
    : type === 'sysdig_secure_managed_ruleset'
      ? { live: inheritedPolicy(context.live, config) }
      : {};
  const payload = definition.toApi(config, refs, target);
  const unresolved = findUnresolved(payload);
  if (unresolved.length > 0) {
    throw new AppError('INVALID_INPUT', {
      message: `${step.address}: cannot apply, ${unresolved.join(', ')} not known (an earlier step did not run?)`,
    });
  }
  const body = unwrapPayload(payload);
  const response =
    isUpdate && !definition.singleton
      ? await operations.update(Number(id), body)
      : isUpdate
        ? await operations.update(0, body)
        : await operations.create(body);
  const written = unwrapPayload(response);
  const newId = definition.singleton ? undefined : String(written.id ?? id ?? '');
  // Read back what Secure holds now: the baseline that later drift is measured against.
  const readBack = definition.singleton
    ? await operations.read(0)
    : newId
      ? await operations.read(Number(newId)).catch(() => response)
      : response;
  return { step, type, config, refs, liveObject: readBack, ...(newId ? { id: newId } : {}) };
}
