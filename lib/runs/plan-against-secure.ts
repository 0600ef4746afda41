import 'server-only';
import { computePlan } from '../plan/compute-plan.ts';
import type { TBindings, TLiveSnapshot } from '../plan/live-snapshot.ts';
import type { TDesiredResource, TPlan } from '../plan/plan-model.ts';
import type { TSecureClient } from '../secure/create-secure-client.ts';
import { readLiveState } from './read-live-state.ts';

/** A plan and the live state it was computed from. */
export interface TPlanRun {
  plan: TPlan;
  live: TLiveSnapshot;
  requestCount: number;
}

/** Reads Secure and plans the desired resources against it with the given bindings. */
export async function planAgainstSecure(
  client: TSecureClient,
  desired: readonly TDesiredResource[],
  bindings: TBindings,
  commit?: string,
): Promise<TPlanRun> {
  const { live, requestCount } = await readLiveState(client, desired, bindings);
  return {
    plan: computePlan({ desired, live, bindings, ...(commit ? { commit } : {}) }),
    live,
    requestCount,
  };
}
