import 'server-only';
import { buildLiveSnapshot } from '../plan/build-live-snapshot.ts';
import type { TBindings, TLiveSnapshot } from '../plan/live-snapshot.ts';
import type { TDesiredResource } from '../plan/plan-model.ts';
import type { TSecureClient } from '../secure/create-secure-client.ts';
import { readAllSnapshot } from '../secure/read-all-snapshot.ts';
import { getResourceType } from '../sysdig/registry.ts';

/** The live state a plan needs, and how many requests reading it took. */
export interface TLiveState {
  live: TLiveSnapshot;
  requestCount: number;
}

/**
 * Reads what the plan compares against: list endpoints for policies and channels (and the 2018
 * singletons when 2018 resources are involved), bound rules/lists/macros by id, and the rules the
 * code names (to adopt them by name); plus the current team for channels.
 */
export async function readLiveState(
  client: TSecureClient,
  desired: readonly TDesiredResource[],
  bindings: TBindings,
): Promise<TLiveState> {
  const before = client.requestCount;
  const familyOf = (type: string, config?: Record<string, unknown>) =>
    getResourceType(type, config as never)?.apiFamily;
  const boundIds = (family: string) =>
    Object.values(bindings)
      .filter((b) => familyOf(b.type) === family && /^\d+$/.test(b.id))
      .map((b) => Number(b.id));
  const families = new Set([
    ...desired.map((d) => familyOf(d.type, d.config)),
    ...Object.values(bindings).map((b) => familyOf(b.type)),
  ]);
  const isSeedEra =
    families.has('v1-policy') || families.has('priorities') || families.has('user-rules-file');
  // Bound rules are read by id; only unbound ones are looked up by name (to adopt them).
  const ruleNames = desired
    .filter(
      (d) =>
        d.type === 'sysdig_secure_rule_falco' &&
        typeof d.config.name === 'string' &&
        !bindings[d.address],
    )
    .map((d) => d.config.name as string);
  const [snapshot, user] = await Promise.all([
    readAllSnapshot(client, {
      ruleIds: boundIds('rule'),
      listIds: boundIds('list'),
      macroIds: boundIds('macro'),
      ruleNames,
      isSeedEra,
      isCurrentEra: true,
    }),
    client.getCurrentUser().catch(() => null),
  ]);
  const currentTeam = (user as { currentTeam?: unknown } | null)?.currentTeam;
  const live = buildLiveSnapshot({
    ...snapshot,
    currentTeamId: typeof currentTeam === 'number' ? currentTeam : null,
  });
  return { live, requestCount: client.requestCount - before };
}
