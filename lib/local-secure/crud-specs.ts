import 'server-only';
import { filterListed } from './filter-listed.ts';
import type { TCrudSpec } from './handle-crud.ts';
import { prepareChannel } from './prepare-channel.ts';
import { prepareList } from './prepare-list.ts';
import { prepareMacro } from './prepare-macro.ts';
import { prepareRule } from './prepare-rule.ts';
import { prepareV1Policy } from './prepare-v1-policy.ts';
import { prepareV2Policy } from './prepare-v2-policy.ts';
import { respondJson } from './respond-json.ts';

/** `/api/policies[/{id}]` (spec §2.1, §7 #2–6): wrapped in `policy`; DELETE 200 echoes it. */
export const V1_POLICY_SPEC: TCrudSpec = {
  collection: 'v1Policies',
  kind: 'Policy',
  wrapper: 'policy',
  listKey: 'policies',
  prepare: prepareV1Policy,
  deleteStatus: 200,
  isDeleteEchoed: true,
  afterCreate: (context, policy) => {
    if (!context.switches.autoAppendV1PolicyToPriorities) return;
    const priorities = context.store.data.priorities;
    const ids = Array.isArray(priorities.policyIds) ? priorities.policyIds : [];
    context.store.data.priorities = {
      ...priorities,
      policyIds: [...ids, policy.id],
      version: Number(priorities.version ?? 0) + 1,
      modifiedOn: context.now,
    };
  },
  afterDelete: (context, policy) => {
    const priorities = context.store.data.priorities;
    const ids = Array.isArray(priorities.policyIds) ? (priorities.policyIds as unknown[]) : [];
    if (!context.switches.removeDeletedV1PolicyFromPriorities || !ids.includes(policy.id)) return;
    const policyIds = ids.filter((id) => id !== policy.id);
    context.store.data.priorities = {
      ...priorities,
      policyIds,
      version: Number(priorities.version ?? 0) + 1,
      modifiedOn: context.now,
    };
  },
};

/** `/api/notificationChannels[/{id}]` (spec §2.2, §4.6, §7 #11–15): DELETE exactly 204. */
export const CHANNEL_SPEC: TCrudSpec = {
  collection: 'channels',
  kind: 'NotificationChannel',
  wrapper: 'notificationChannel',
  listKey: 'notificationChannels',
  prepare: prepareChannel,
  deleteStatus: 204,
  filterList: filterListed,
  missingGet: (context) =>
    context.switches.missingChannelReturnsNull
      ? respondJson(200, { notificationChannel: null })
      : undefined,
};

/** `/api/v2/policies[/{id}]` (spec §4.1, §7 #16–20): bare objects, bare array list. */
export const V2_POLICY_SPEC: TCrudSpec = {
  collection: 'v2Policies',
  kind: 'Policy',
  listKey: 'bare',
  prepare: prepareV2Policy,
  deleteStatus: (context) => context.switches.v2PolicyDeleteStatus,
  filterList: filterListed,
};

/** `/api/secure/rules[/{id}]` (spec §4.3, §7 #22–25). */
export const RULE_SPEC: TCrudSpec = {
  collection: 'rules',
  kind: 'Rule',
  prepare: prepareRule,
  deleteStatus: 204,
};

/** `/api/secure/falco/lists[/{id}]` (spec §4.4, §7 #27). */
export const LIST_SPEC: TCrudSpec = {
  collection: 'lists',
  kind: 'List',
  prepare: prepareList,
  deleteStatus: 204,
};

/** `/api/secure/falco/macros[/{id}]` (spec §4.5, §7 #28). */
export const MACRO_SPEC: TCrudSpec = {
  collection: 'macros',
  kind: 'Macro',
  prepare: prepareMacro,
  deleteStatus: 204,
};
