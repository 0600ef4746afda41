import 'server-only';
import {
  SEED_LISTS,
  SEED_MACROS,
  SEED_MANAGED_POLICIES,
  SEED_RULES,
} from './seed-falco-content.ts';
import type { TJsonObject, TLocalSecureData } from './types.ts';

/** The `origin` of every seeded object, so tests and the UI can tell built-ins apart. */
export const SEED_ORIGIN = 'Sysdig';

/** The team the seeded user belongs to (spec §7 #1). */
export const SEED_TEAM_ID = 10001;

/**
 * The state of a fresh data dir (spec §7 "Seed data"): the current user and team, built-in Falco
 * lists, macros and rules (origin "Sysdig") and managed v2 policies (`isDefault: true`). Pure.
 */
export function buildSeedData(now: number): TLocalSecureData {
  let nextId = 1;
  const stamp = (object: TJsonObject): TJsonObject => ({
    id: nextId++,
    ...object,
    version: 1,
    createdOn: now,
    modifiedOn: now,
  });
  const lists = SEED_LISTS.map((list) =>
    stamp({
      name: list.name,
      items: { items: [...list.items] },
      append: false,
      origin: SEED_ORIGIN,
    }),
  );
  const macros = SEED_MACROS.map((macro) =>
    stamp({
      name: macro.name,
      condition: { condition: macro.condition },
      append: false,
      origin: SEED_ORIGIN,
    }),
  );
  const rules = SEED_RULES.map((rule) =>
    stamp({
      name: rule.name,
      origin: SEED_ORIGIN,
      versionId: '1.0.0',
      filename: 'falco_rules.yaml',
      description: rule.description,
      details: {
        ruleType: 'FALCO',
        condition: { condition: rule.condition, components: [] },
        description: rule.description,
        output: rule.output,
        priority: rule.priority,
        source: 'syscall',
        append: false,
      },
      tags: [...rule.tags],
    }),
  );
  const v2Policies = SEED_MANAGED_POLICIES.map((policy) =>
    stamp({
      isDefault: true,
      name: policy.name,
      description: policy.description,
      severity: policy.severity,
      enabled: true,
      ruleNames: [...policy.ruleNames],
      rules: policy.ruleNames.map((ruleName) => ({ ruleName, enabled: true })),
      actions: [],
      notificationChannelIds: [],
      type: 'falco',
      origin: SEED_ORIGIN,
      runbook: '',
      templateId: 0,
      templateVersion: '',
      versionId: '1.0.0',
    }),
  );
  return {
    schemaVersion: 1,
    nextId,
    user: {
      id: 1,
      version: 1,
      username: 'demo@example.com',
      firstName: 'Demo',
      lastName: 'User',
      systemRole: 'ROLE_USER',
      currentTeam: SEED_TEAM_ID,
      customer: { id: 1, name: 'demo', externalId: 'local-secure-demo' },
    },
    v1Policies: [],
    priorities: { policyIds: [], version: 1, createdOn: now, modifiedOn: now },
    userRulesFile: { content: '', version: 1 },
    channels: [],
    v2Policies,
    rules,
    lists,
    macros,
    forwardPolicyV2MsgCount: 0,
  };
}
