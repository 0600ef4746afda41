import { CURRENT_CHANNEL_TYPES } from '../sysdig/index.ts';

/** The resource types an import generates (current provider syntax only, never the 2018 types). */
export const IMPORTABLE_TYPES: readonly string[] = [
  ...CURRENT_CHANNEL_TYPES,
  'sysdig_secure_custom_policy',
  'sysdig_secure_managed_policy',
  'sysdig_secure_list',
  'sysdig_secure_macro',
  'sysdig_secure_rule_falco',
];

/** Types without a Terraform importer (#402, #736): adopted by name and type when applied. */
export const TYPES_WITHOUT_IMPORTER: ReadonlySet<string> = new Set([
  'sysdig_secure_managed_policy',
]);
