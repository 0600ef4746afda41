import { z } from 'zod';
import { integer, text, unwrap } from '../api-read.ts';
import { attribute, ordered, versionAttribute } from '../attribute-meta.ts';
import { defineResource } from '../define-resource.ts';
import { zString } from '../schema-helpers.ts';
import { APPLY_ORDER } from '../type-names.ts';

/** Configuration schema of `sysdig_secure_user_rules_file` (SEED, spec §2.3). */
export const ZSecureUserRulesFile = z.strictObject({ content: zString() });

/** Parsed user rules file configuration. */
export type TSecureUserRulesFile = z.infer<typeof ZSecureUserRulesFile>;

/**
 * `sysdig_secure_user_rules_file` (SEED, removed 2020-02): the one Falco user rules file. Create and
 * update both PUT `{"userRulesFile":{"content","version"}}` with the version of the preceding GET
 * (`target.version`, else `target.live`'s, else 0). Delete empties the file.
 */
export const secureUserRulesFile = defineResource({
  type: 'sysdig_secure_user_rules_file',
  era: '2018',
  apiFamily: 'user-rules-file',
  deprecated: {
    replacedBy: ['sysdig_secure_rule_falco', 'sysdig_secure_list', 'sysdig_secure_macro'],
    message:
      'Removed in 2020 with the v2 API: Falco rules, lists and macros are separate resources now.',
  },
  description: 'The Falco user rules file (2018 provider): all custom rules in one YAML text.',
  schema: ZSecureUserRulesFile,
  attributes: ordered([
    attribute('content', 'string', {
      help: 'Falco rules YAML; usually file("rules.yaml").',
      required: true,
    }),
    versionAttribute(),
  ]),
  build(config, _refs, target) {
    const version =
      target.version ??
      (target.live !== undefined ? integer(unwrap(target.live, 'userRulesFile').version) : 0);
    return { userRulesFile: { content: config.content, version } };
  },
  decode: (object) => ({ content: text(unwrap(object, 'userRulesFile').content) }),
  naturalKey: () => 'sysdig_secure_user_rules_file',
  singleton: true,
  dependsOnTypes: [],
  // Rules must exist before the policies that match them by name or regex.
  applyOrder: APPLY_ORDER.rule,
});
