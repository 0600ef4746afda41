import 'server-only';
import { z } from 'zod';

// Zod schemas of the API objects, from spec §7 "TypeScript shapes". Every object is loose
// (unknown fields pass through, so round-trips are lossless) and server-owned fields are optional.

const ZId = z.number().int();

/** v1 list element effect (spec §2.1). */
export const ZMatchEffect = z.enum([
  'MATCH_EFFECT_ACCEPT',
  'MATCH_EFFECT_DENY',
  'MATCH_EFFECT_NEXT',
]);
/** v1 block default effect (spec §2.1). */
export const ZDefaultEffect = z.enum([
  'DEFAULT_MATCH_EFFECT_ACCEPT',
  'DEFAULT_MATCH_EFFECT_DENY',
  'DEFAULT_MATCH_EFFECT_NEXT',
]);

/** SEED v1 action (spec §2.1): container stop/pause, or a capture with ns windows. */
export const ZV1Action = z.looseObject({
  type: z.enum(['POLICY_ACTION_STOP', 'POLICY_ACTION_PAUSE', 'POLICY_ACTION_CAPTURE']),
  afterEventNs: z.number().optional(),
  beforeEventNs: z.number().optional(),
  isLimitedToContainer: z.boolean().optional(),
  msg: z.string().optional(),
});

/** A v1 `{onDefault, fields, list}` configuration block with list elements `element`. */
function zV1ListConfiguration<T extends z.ZodType>(element: T) {
  return z.looseObject({
    onDefault: ZDefaultEffect,
    fields: z.array(z.string()),
    list: z.array(element).nullish(),
  });
}

const ZV1ValuesElement = z.looseObject({ values: z.array(z.string()), onMatch: ZMatchEffect });

/** SEED v1 policy (spec §2.1), `{"policy": …}` on the wire. */
export const ZV1Policy = z.looseObject({
  id: ZId.optional(),
  version: z.number().int().optional(),
  name: z.string(),
  description: z.string().optional(),
  severity: z.number().optional(),
  containerScope: z.boolean().optional(),
  hostScope: z.boolean().optional(),
  enabled: z.boolean().optional(),
  actions: z.array(ZV1Action).nullish(),
  scope: z.string().optional(),
  falcoConfiguration: z
    .looseObject({
      ruleNameRegEx: z.string().optional(),
      fields: z.array(z.string()).nullish(),
      onDefault: ZDefaultEffect.optional(),
    })
    .optional(),
  processesConfiguration: zV1ListConfiguration(ZV1ValuesElement).optional(),
  containerImagesConfiguration: zV1ListConfiguration(ZV1ValuesElement).optional(),
  fileSystemConfiguration: zV1ListConfiguration(
    ZV1ValuesElement.extend({ accessType: z.enum(['ACCESS_READ', 'ACCESS_READWRITE']) }),
  ).optional(),
  syscallsConfiguration: zV1ListConfiguration(ZV1ValuesElement).optional(),
  networkConfiguration: z
    .looseObject({
      listeningPorts: zV1ListConfiguration(
        ZV1ValuesElement.extend({ netProto: z.enum(['PROTO_TCP', 'PROTO_UDP']) }),
      ),
      inbound: z.looseObject({ onDefault: ZDefaultEffect, fields: z.array(z.string()) }),
      outbound: z.looseObject({ onDefault: ZDefaultEffect, fields: z.array(z.string()) }),
    })
    .optional(),
  notificationChannelIds: z.array(z.number()).nullish(),
  policyEventsCount: z.number().optional(),
  isManual: z.boolean().optional(),
  isBuiltin: z.boolean().optional(),
  createdOn: z.number().optional(),
  modifiedOn: z.number().optional(),
});
/** A v1 policy. */
export type TV1Policy = z.infer<typeof ZV1Policy>;

/** SEED priorities (spec §2.4), `{"priorities": …}` on the wire. */
export const ZPriorities = z.looseObject({
  policyIds: z.array(z.number().int()),
  version: z.number().int().optional(),
  createdOn: z.number().optional(),
  modifiedOn: z.number().optional(),
});
/** The v1 policy order. */
export type TPriorities = z.infer<typeof ZPriorities>;

/** SEED user rules file (spec §2.3), `{"userRulesFile": …}` on the wire. */
export const ZUserRulesFile = z.looseObject({ content: z.string(), version: z.number().int() });
/** The v1 user rules file. */
export type TUserRulesFile = z.infer<typeof ZUserRulesFile>;

/** Notification channel, both eras (spec §2.2, §4.6), `{"notificationChannel": …}` on the wire. */
export const ZNotificationChannel = z.looseObject({
  id: ZId.optional(),
  version: z.number().int().optional(),
  type: z.string(),
  name: z.string(),
  enabled: z.boolean().optional(),
  teamId: z.number().int().nullish(),
  createdOn: z.number().optional(),
  modifiedOn: z.number().optional(),
  options: z.looseObject({
    emailRecipients: z.array(z.string()).nullish(),
    snsTopicARNs: z.array(z.string()).nullish(),
    apiKey: z.string().optional(),
    routingKey: z.string().optional(),
    url: z.string().optional(),
    channel: z.string().optional(),
    privateChannel: z.boolean().optional(),
    privateChannelUrl: z.string().optional(),
    account: z.string().optional(),
    serviceKey: z.string().optional(),
    serviceName: z.string().optional(),
    additionalHeaders: z.record(z.string(), z.unknown()).nullish(),
    region: z.string().optional(),
    allowInsecureConnections: z.boolean().nullish(),
    teamId: z.number().optional(),
    includeAdminUsers: z.boolean().nullish(),
    customData: z.record(z.string(), z.unknown()).nullish(),
    templateConfiguration: z
      .array(
        z.looseObject({
          templateKey: z.string().optional(),
          templateConfigurationSections: z
            .array(z.looseObject({ sectionName: z.string().optional(), shouldShow: z.boolean() }))
            .nullish(),
        }),
      )
      .nullish(),
    notifyOnOk: z.boolean().optional(),
    notifyOnResolve: z.boolean().optional(),
    sendTestNotification: z.boolean().optional(),
  }),
});
/** A notification channel. */
export type TNotificationChannel = z.infer<typeof ZNotificationChannel>;

/** CURRENT v2 policy action (spec §4.1). */
export const ZPolicyAction = z.looseObject({
  type: z.string(),
  isLimitedToContainer: z.boolean().optional(),
  afterEventNs: z.number().optional(),
  beforeEventNs: z.number().optional(),
  name: z.string().optional(),
  filter: z.string().optional(),
  storageType: z.string().optional(),
  bucketName: z.string().optional(),
  folder: z.string().optional(),
  msg: z.string().nullish(),
});
/** A v2 policy action. */
export type TPolicyAction = z.infer<typeof ZPolicyAction>;

/** CURRENT v2 policy (spec §4.1), a bare object on the wire. */
export const ZV2Policy = z.looseObject({
  id: ZId.optional(),
  version: z.number().int().optional(),
  isDefault: z.boolean().optional(),
  name: z.string(),
  description: z.string().optional(),
  severity: z.number().optional(),
  enabled: z.boolean().optional(),
  ruleNames: z.array(z.string()).nullish(),
  rules: z.array(z.looseObject({ ruleName: z.string(), enabled: z.boolean() })).nullish(),
  actions: z.array(ZPolicyAction).nullish(),
  scope: z.string().optional(),
  notificationChannelIds: z.array(z.number()).nullish(),
  type: z.string().optional(),
  origin: z.string().optional(),
  runbook: z.string().optional(),
  templateId: z.number().optional(),
  templateVersion: z.string().optional(),
  versionId: z.string().optional(),
  createdOn: z.number().optional(),
  modifiedOn: z.number().optional(),
});
/** A v2 policy. */
export type TV2Policy = z.infer<typeof ZV2Policy>;

/** Falco warning attached to rule responses (spec §4.3, #733). */
export const ZFalcoWarning = z.looseObject({
  code: z.string(),
  rule: z.string().optional(),
  message: z.string(),
  enabled_in_policies: z.array(z.string()).nullish(),
  agent_versions: z.array(z.string()).nullish(),
});

/** `{items, matchItems}` of the deprecated list-matching rules (spec §4.3). */
export const ZItemsMatch = z.looseObject({ items: z.array(z.string()), matchItems: z.boolean() });

/** Rule details (spec §4.3). */
export const ZRuleDetails = z.looseObject({
  ruleType: z.string(),
  append: z.boolean().nullish(),
  source: z.string().optional(),
  output: z.string().optional(),
  condition: z
    .looseObject({ condition: z.string(), components: z.array(z.unknown()).optional() })
    .nullish(),
  priority: z.string().optional(),
  exceptions: z
    .array(
      z.looseObject({
        name: z.string(),
        fields: z.union([z.array(z.string()), z.string()]).nullish(),
        comps: z.union([z.array(z.string()), z.string()]).nullish(),
        values: z.unknown().optional(),
      }),
    )
    .nullish(),
  minimumEngineVersion: z.number().nullish(),
  description: z.string().optional(),
  allOutbound: z.boolean().optional(),
  allInbound: z.boolean().optional(),
  containers: ZItemsMatch.nullish(),
  readWritePaths: ZItemsMatch.nullish(),
  readPaths: ZItemsMatch.nullish(),
  tcpListenPorts: ZItemsMatch.nullish(),
  udpListenPorts: ZItemsMatch.nullish(),
  processes: ZItemsMatch.nullish(),
  syscalls: ZItemsMatch.nullish(),
});
/** Rule details. */
export type TRuleDetails = z.infer<typeof ZRuleDetails>;

/** CURRENT rule (spec §4.3), a bare object on the wire. */
export const ZRule = z.looseObject({
  id: ZId.optional(),
  version: z.number().int().optional(),
  name: z.string(),
  description: z.string().optional(),
  tags: z.array(z.string()).nullish(),
  details: ZRuleDetails,
  origin: z.string().optional(),
  versionId: z.string().optional(),
  filename: z.string().optional(),
  createdOn: z.number().optional(),
  modifiedOn: z.number().optional(),
  warnings: z.array(ZFalcoWarning).nullish(),
});
/** A rule. */
export type TRule = z.infer<typeof ZRule>;

/** CURRENT Falco list (spec §4.4): `items` is the nested `{"items": […]}`. */
export const ZFalcoList = z.looseObject({
  id: ZId.optional(),
  version: z.number().int().optional(),
  name: z.string(),
  items: z.looseObject({ items: z.array(z.string()) }),
  append: z.boolean().optional(),
});
/** A Falco list. */
export type TFalcoList = z.infer<typeof ZFalcoList>;

/** CURRENT Falco macro (spec §4.5): `condition` is the nested `{"condition": string}`. */
export const ZMacro = z.looseObject({
  id: ZId.optional(),
  version: z.number().int().optional(),
  name: z.string(),
  condition: z.looseObject({ condition: z.string() }),
  append: z.boolean().optional(),
  minimumEngineVersion: z.number().nullish(),
});
/** A Falco macro. */
export type TMacro = z.infer<typeof ZMacro>;

/** The current user (spec §4.6, §7 #1), `{"user": …}` on the wire. */
export const ZUser = z.looseObject({
  id: ZId.optional(),
  version: z.number().int().optional(),
  username: z.string(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  systemRole: z.string().optional(),
  currentTeam: z.number().int().nullable(),
  customer: z
    .looseObject({
      id: z.number().optional(),
      name: z.string().optional(),
      externalId: z.string().optional(),
    })
    .nullish(),
});
/** The current user. */
export type TUser = z.infer<typeof ZUser>;

/** Query of `GET /api/v2/policies` (spec §4.7, §6.5). */
export interface TV2PolicyListQuery {
  policyType?: string;
  filter?: string;
  limit?: number;
}
