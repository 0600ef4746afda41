import 'server-only';
import { AppError } from '../errors/app-error.ts';
import type { TSecureClient } from './create-secure-client.ts';
import { mapWithConcurrency } from './map-with-concurrency.ts';
import type {
  TFalcoList,
  TMacro,
  TNotificationChannel,
  TPriorities,
  TRule,
  TUserRulesFile,
  TV1Policy,
  TV2Policy,
} from './types.ts';

/** What `readAllSnapshot` reads. */
export interface TSnapshotRequest {
  /** Rules, lists and macros have no list endpoint: read these ids one by one. */
  ruleIds?: readonly number[];
  listIds?: readonly number[];
  macroIds?: readonly number[];
  /** Rules looked up by name via `/api/secure/rules/groups` (with `ruleType`, default ''). */
  ruleNames?: readonly string[];
  ruleType?: string;
  /** Read the SEED-era endpoints (v1 policies, priorities, user rules file); default true. */
  isSeedEra?: boolean;
  /** Read the CURRENT-era list endpoints (v2 policies); default true. Channels are read in both. */
  isCurrentEra?: boolean;
  /** Most GETs in flight at once (default 8). */
  concurrency?: number;
}

/** The live state read for planning. */
export interface TSecureSnapshot {
  v2Policies: TV2Policy[];
  channels: TNotificationChannel[];
  v1Policies: TV1Policy[];
  priorities: TPriorities | undefined;
  userRulesFile: TUserRulesFile | undefined;
  rules: TRule[];
  lists: TFalcoList[];
  macros: TMacro[];
  /** name → every rule of that name (append fragments included). */
  rulesByName: Record<string, TRule[]>;
  /** Ids that answered 404 (deleted out of band). */
  missing: { ruleIds: number[]; listIds: number[]; macroIds: number[] };
  /** HTTP requests this snapshot made (retries included). */
  requestCount: number;
}

/**
 * Reads the live state for a plan (DESIGN §3 "Plan"): list endpoints where the API has them (v2
 * policies, channels, v1 policies, priorities, user rules file), GETs by id or name where it does
 * not (rules, lists, macros; rules by name via groups), all in one pool of at most `concurrency`
 * requests. A 404 on a by-id read is reported in `missing`; any other failure throws the client's
 * AppError.
 */
export async function readAllSnapshot(
  client: TSecureClient,
  request: TSnapshotRequest = {},
): Promise<TSecureSnapshot> {
  const before = client.requestCount;
  const concurrency = request.concurrency ?? 8;
  const isSeed = request.isSeedEra ?? true;
  const isCurrent = request.isCurrentEra ?? true;
  const missing = { ruleIds: [] as number[], listIds: [] as number[], macroIds: [] as number[] };
  const rules: (TRule | undefined)[] = [];
  const lists: (TFalcoList | undefined)[] = [];
  const macros: (TMacro | undefined)[] = [];
  const names = [...new Set(request.ruleNames ?? [])];
  const rulesByName: Record<string, TRule[]> = {};
  // A 404 on a by-id read is recorded, not thrown: the object was deleted out of band.
  const byId = <T>(
    ids: readonly number[] | undefined,
    read: (id: number) => Promise<T>,
    into: (T | undefined)[],
    missed: number[],
  ) =>
    (ids ?? []).map((id, index) => async () => {
      try {
        into[index] = await read(id);
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
        missed.push(id);
      }
    });
  let v2Policies: TV2Policy[] = [];
  let channels: TNotificationChannel[] = [];
  let v1Policies: TV1Policy[] = [];
  let priorities: TPriorities | undefined;
  let userRulesFile: TUserRulesFile | undefined;
  const listReads: (() => Promise<void>)[] = [
    async () => {
      channels = await client.listChannels();
    },
  ];
  if (isCurrent) {
    listReads.push(async () => {
      v2Policies = await client.listV2Policies();
    });
  }
  if (isSeed) {
    listReads.push(
      async () => {
        v1Policies = await client.listV1Policies();
      },
      async () => {
        priorities = await client.getPriorities();
      },
      async () => {
        userRulesFile = await client.getUserRulesFile();
      },
    );
  }
  const tasks = [
    ...listReads,
    ...byId(request.ruleIds, (id) => client.getRule(id), rules, missing.ruleIds),
    ...byId(request.listIds, (id) => client.getList(id), lists, missing.listIds),
    ...byId(request.macroIds, (id) => client.getMacro(id), macros, missing.macroIds),
    ...names.map((name) => async () => {
      rulesByName[name] = await client.findRulesByName(name, request.ruleType ?? '');
    }),
  ];
  await mapWithConcurrency(tasks, concurrency, (task) => task());
  const present = <T>(items: (T | undefined)[]): T[] =>
    items.filter((item): item is T => item !== undefined);
  missing.ruleIds.sort((a, b) => a - b);
  missing.listIds.sort((a, b) => a - b);
  missing.macroIds.sort((a, b) => a - b);
  const orderedByName = Object.fromEntries(names.map((name) => [name, rulesByName[name] ?? []]));
  return {
    v2Policies,
    channels,
    v1Policies,
    priorities,
    userRulesFile,
    rules: present(rules),
    lists: present(lists),
    macros: present(macros),
    rulesByName: orderedByName,
    missing,
    requestCount: client.requestCount - before,
  };
}
