import 'server-only';
import type { TImportSnapshot } from '../import/index.ts';
import type { TSecureClient } from '../secure/create-secure-client.ts';
import { readAllSnapshot } from '../secure/read-all-snapshot.ts';
import type { TRule } from '../secure/types.ts';
import { listAllRules } from './list-all-rules.ts';

/** What to read besides the list endpoints. */
export interface TImportReadOptions {
  /** Rules, lists and macros to read by id (the API has no list endpoint for them, spec §4.3–4.5). */
  ruleIds?: readonly number[];
  listIds?: readonly number[];
  macroIds?: readonly number[];
  /** Used for the unnamed rules lookup (same credentials as the client). */
  token: string;
  fetch?: typeof fetch;
}

/** The snapshot an import generates from, and how its rules were found. */
export interface TImportRead {
  snapshot: TImportSnapshot;
  /** `groups`: the unnamed groups lookup answered; `by-name`: only rules policies name (+ ids). */
  ruleDiscovery: 'groups' | 'by-name';
}

/**
 * Reads what an import can discover: channels and v2 policies (list endpoints); rules from the
 * unnamed `GET /api/secure/rules/groups` when the backend answers it (the local Secure does), plus
 * by name every rule a non-default policy references that it did not return, plus `ruleIds`; lists and macros
 * only by the given ids — Secure has no endpoint that lists or finds them, so unreferenced ones
 * cannot be discovered. Throws the client's AppError on any other failure.
 */
export async function readImportSnapshot(
  client: TSecureClient,
  options: TImportReadOptions,
): Promise<TImportRead> {
  const first = await readAllSnapshot(client, { isSeedEra: false });
  const allRules = await listAllRules({
    baseUrl: client.baseUrl,
    token: options.token,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  // Rules the user's (non-default) policies name and the unnamed lookup did not return: a real
  // Secure may answer that lookup differently (UNVERIFIED, spec §11), and managed policies name
  // Sysdig's own rules, which are not imported.
  const found = new Set((allRules ?? []).map((rule) => rule.name));
  const ruleNames = first.v2Policies
    .filter((policy) => policy.isDefault !== true)
    .flatMap((policy) => (policy.rules ?? []).map((rule) => rule.ruleName))
    .filter((name) => !found.has(name));
  const second = await readAllSnapshot(client, {
    isSeedEra: false,
    isCurrentEra: false,
    ruleIds: options.ruleIds ?? [],
    listIds: options.listIds ?? [],
    macroIds: options.macroIds ?? [],
    ruleNames,
  });
  const rules = new Map<number, TRule>();
  for (const rule of [
    ...(allRules ?? []),
    ...second.rules,
    ...Object.values(second.rulesByName).flat(),
  ])
    if (typeof rule.id === 'number') rules.set(rule.id, rule);
  return {
    snapshot: {
      channels: first.channels,
      v2Policies: first.v2Policies,
      rules: [...rules.values()],
      lists: second.lists,
      macros: second.macros,
    },
    ruleDiscovery: allRules ? 'groups' : 'by-name',
  };
}
