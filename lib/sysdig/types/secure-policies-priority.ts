import { z } from 'zod';
import { integer, numbers, unwrap } from '../api-read.ts';
import { attribute, ordered, versionAttribute } from '../attribute-meta.ts';
import { defineResource } from '../define-resource.ts';
import { mergePriorities } from '../merge-priorities.ts';
import { isUnknown, listOf, orUnknown, zList } from '../schema-helpers.ts';
import { APPLY_ORDER } from '../type-names.ts';
import { resolveIdValue } from '../unresolved.ts';

/** Configuration schema of `sysdig_secure_policies_priority` (SEED, spec §2.4). */
export const ZSecurePoliciesPriority = z.strictObject({
  policies: zList(orUnknown(z.union([z.string(), z.int()]))),
});

/** Parsed priorities configuration. */
export type TSecurePoliciesPriority = z.infer<typeof ZSecurePoliciesPriority>;

/**
 * `sysdig_secure_policies_priority` (SEED, removed 2020-02; policies v2 have no priorities). A
 * singleton: `toApi` merges with the server list when `target.live` (the GET body) is given, and takes
 * the server's version; without it the configured ids are sent alone with `target.version`.
 */
export const securePoliciesPriority = defineResource({
  type: 'sysdig_secure_policies_priority',
  era: '2018',
  apiFamily: 'priorities',
  deprecated: {
    replacedBy: [],
    message:
      'Removed in 2020: policies v2 have no priorities ("The new Policies do not have priorities", sysdig-sdk-python#60).',
  },
  description: 'Evaluation order of v1 policies (2018 provider).',
  schema: ZSecurePoliciesPriority,
  attributes: ordered([
    attribute('policies', 'list', {
      help: 'Policy ids, highest priority first; the others follow in server order.',
      required: true,
      elementKind: 'string',
      reference: { types: ['sysdig_secure_policy'], attribute: 'id' },
    }),
    versionAttribute(),
  ]),
  build(config, refs, target) {
    const configured = listOf(config.policies).map((id) => resolveIdValue(id, refs));
    const priorities: Record<string, unknown> = {};
    if (target.live !== undefined) {
      const live = unwrap(target.live, 'priorities');
      const version = integer(live.version);
      if (version) priorities.version = version;
      priorities.policyIds = mergePriorities(configured, numbers(live.policyIds));
    } else {
      if (target.version) priorities.version = target.version;
      priorities.policyIds = configured;
    }
    return { priorities };
  },
  // Read sets the FULL server list (spec §2.4): a likely perpetual diff, reproduced faithfully.
  decode: (object) => ({ policies: numbers(unwrap(object, 'priorities').policyIds).map(String) }),
  canonicalHook: (config) => ({
    policies: listOf(config.policies).map((id) => (isUnknown(id) ? id : String(id).trim())),
  }),
  naturalKey: () => 'sysdig_secure_policies_priority',
  singleton: true,
  dependsOnTypes: ['sysdig_secure_policy'],
  applyOrder: APPLY_ORDER.priorities,
});
