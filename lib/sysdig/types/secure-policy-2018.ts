import { z } from 'zod';
import { checkGoRegex } from '../check-go-regex.ts';
import { defineResource } from '../define-resource.ts';
import { buildPolicyV1 } from '../policy-v1-build.ts';
import { decodePolicyV1 } from '../policy-v1-decode.ts';
import { policyV1Attributes } from '../policy-v1-attributes.ts';
import { canonicalPolicyV1 } from '../policy-v1-canonical.ts';
import {
  isPlainObject,
  orUnknown,
  zBool,
  zEnum,
  zInt,
  zLegacyBlocks,
  zList,
  zString,
} from '../schema-helpers.ts';
import { APPLY_ORDER, LEGACY_CHANNEL_TYPE } from '../type-names.ts';

const EFFECTS = ['accept', 'deny', 'none'] as const;
const zEffect = () => zEnum(EFFECTS).optional();
const listShape = {
  default: zEffect(),
  whitelist: zList(zString()).optional(),
  blacklist: zList(zString()).optional(),
};
const portsShape = {
  whitelist: zList(zInt(0, 65535)).optional(),
  blacklist: zList(zInt(0, 65535)).optional(),
};
const pathsShape = {
  whitelist: zList(zString()).optional(),
  blacklist: zList(zString()).optional(),
};
/** SEED `capture` is a TypeMap (values are strings); also accepted written as a block. */
const zCapture = z.preprocess(
  (value) =>
    Array.isArray(value) && value.length === 1 && isPlainObject(value[0]) ? value[0] : value,
  orUnknown(z.strictObject({ seconds_after_event: zInt(0), seconds_before_event: zInt(0) })),
);

/** Configuration schema of the SEED (2018) `sysdig_secure_policy` (spec §2.1). */
export const ZSecurePolicy2018 = z.strictObject({
  name: zString(),
  description: zString(),
  severity: zInt(),
  container_scope: zBool(),
  host_scope: zBool(),
  enabled: zBool(),
  filter: zString().optional(),
  falco_rule_name_regex: orUnknown(
    z.string().superRefine((value, context) => {
      const check = checkGoRegex(value);
      if (!check.isValid)
        context.addIssue({
          code: 'custom',
          message: `not a valid Go (RE2) regular expression: ${check.message}`,
          params: { code: 'invalid-regex' },
        });
    }),
  ),
  notification_channels: zList(orUnknown(z.union([z.string(), z.int()]))).optional(),
  actions: zLegacyBlocks({
    container: zEnum(['stop', 'pause']).optional(),
    capture: zCapture.optional(),
  }).optional(),
  processes: zLegacyBlocks(listShape).optional(),
  containers: zLegacyBlocks(listShape).optional(),
  syscalls: zLegacyBlocks(listShape).optional(),
  network: zLegacyBlocks({
    inbound: zEffect(),
    outbound: zEffect(),
    listening_ports: zLegacyBlocks({
      default: zEffect(),
      tcp: zLegacyBlocks(portsShape).optional(),
      udp: zLegacyBlocks(portsShape).optional(),
    }).optional(),
  }).optional(),
  filesystem: zLegacyBlocks({
    read: zLegacyBlocks(pathsShape).optional(),
    readwrite: zLegacyBlocks(pathsShape).optional(),
    // spec §2.1: validated case-insensitively.
    other_paths: orUnknown(
      z.string().refine((value) => (EFFECTS as readonly string[]).includes(value.toLowerCase()), {
        message: 'expected one of accept, deny, none',
        params: { code: 'invalid-enum' },
      }),
    ).optional(),
  }).optional(),
});

/** Parsed SEED policy configuration. */
export type TSecurePolicy2018 = z.infer<typeof ZSecurePolicy2018>;

/** `sysdig_secure_policy` as the 2018 provider wrote it (v1 API, Falco regex, list blocks). */
export const securePolicy2018 = defineResource({
  type: 'sysdig_secure_policy',
  variant: '2018',
  era: '2018',
  apiFamily: 'v1-policy',
  deprecated: {
    replacedBy: ['sysdig_secure_custom_policy', 'sysdig_secure_rule_falco'],
    message:
      'The 2018 policy schema (falco_rule_name_regex, list blocks, v1 API) was removed in 2020; policies now reference rules by name.',
  },
  description:
    'Runtime policy of the 2018 provider: Falco rules by regex plus whitelist/blacklist blocks.',
  schema: ZSecurePolicy2018,
  attributes: policyV1Attributes,
  build: buildPolicyV1,
  decode: decodePolicyV1,
  canonicalHook: canonicalPolicyV1,
  // spec §2.1 Read quirks: severity and every nested block are never refreshed from the API.
  notRefreshed: [
    'severity',
    'actions',
    'processes',
    'containers',
    'syscalls',
    'network',
    'filesystem',
  ],
  dependsOnTypes: [LEGACY_CHANNEL_TYPE, 'sysdig_secure_user_rules_file'],
  applyOrder: APPLY_ORDER.policy,
});
