import type { TConfigObject, TResourceDefinition } from './definition.ts';
import { detectPolicyShape } from './detect-policy-shape.ts';
import { secureCustomPolicy } from './types/secure-custom-policy.ts';
import { secureList } from './types/secure-list.ts';
import { secureMacro } from './types/secure-macro.ts';
import { secureManagedPolicy } from './types/secure-managed-policy.ts';
import { secureManagedRuleset } from './types/secure-managed-ruleset.ts';
import { secureNotificationChannel2018 } from './types/secure-notification-channel-2018.ts';
import { secureNotificationChannelEmail } from './types/secure-notification-channel-email.ts';
import { secureNotificationChannelMsteams } from './types/secure-notification-channel-msteams.ts';
import { secureNotificationChannelOpsgenie } from './types/secure-notification-channel-opsgenie.ts';
import { secureNotificationChannelPagerduty } from './types/secure-notification-channel-pagerduty.ts';
import { secureNotificationChannelPrometheusAlertManager } from './types/secure-notification-channel-prometheus-alert-manager.ts';
import { secureNotificationChannelSlack } from './types/secure-notification-channel-slack.ts';
import { secureNotificationChannelSns } from './types/secure-notification-channel-sns.ts';
import { secureNotificationChannelTeamEmail } from './types/secure-notification-channel-team-email.ts';
import { secureNotificationChannelVictorops } from './types/secure-notification-channel-victorops.ts';
import { secureNotificationChannelWebhook } from './types/secure-notification-channel-webhook.ts';
import { securePoliciesPriority } from './types/secure-policies-priority.ts';
import { securePolicy2018 } from './types/secure-policy-2018.ts';
import { securePolicyV160 } from './types/secure-policy-v160.ts';
import { secureRuleFalco } from './types/secure-rule-falco.ts';
import { secureUserRulesFile } from './types/secure-user-rules-file.ts';

const DEFINITIONS: readonly TResourceDefinition[] = [
  securePolicy2018,
  secureNotificationChannel2018,
  secureUserRulesFile,
  securePoliciesPriority,
  secureCustomPolicy,
  securePolicyV160,
  secureManagedPolicy,
  secureManagedRuleset,
  secureRuleFalco,
  secureList,
  secureMacro,
  secureNotificationChannelEmail,
  secureNotificationChannelWebhook,
  secureNotificationChannelSlack,
  secureNotificationChannelPagerduty,
  secureNotificationChannelOpsgenie,
  secureNotificationChannelVictorops,
  secureNotificationChannelSns,
  secureNotificationChannelMsteams,
  secureNotificationChannelTeamEmail,
  secureNotificationChannelPrometheusAlertManager,
];

// The first definition of each type name (validation looks types up several times per resource).
const FIRST_BY_TYPE = new Map<string, TResourceDefinition>();
for (const definition of DEFINITIONS)
  if (!FIRST_BY_TYPE.has(definition.type)) FIRST_BY_TYPE.set(definition.type, definition);

/**
 * The definition of a resource type, or undefined for any type Rampart does not model (callers list
 * those read-only; never an error). `sysdig_secure_policy` has two schemas: with `config` the shape is
 * detected (`detectPolicyShape`); without it the 2018 definition is returned (the seed repository's).
 */
export function getResourceType(
  type: string,
  config?: TConfigObject,
): TResourceDefinition | undefined {
  if (type === 'sysdig_secure_policy' && config !== undefined) {
    return detectPolicyShape(config).shape === '2018' ? securePolicy2018 : securePolicyV160;
  }
  return FIRST_BY_TYPE.get(type);
}

/** Every definition (both `sysdig_secure_policy` variants included), in registry order. */
export function listResourceTypes(): readonly TResourceDefinition[] {
  return DEFINITIONS;
}

/** Every definition of one type name (two for `sysdig_secure_policy`, else zero or one). */
export function getResourceVariants(type: string): TResourceDefinition[] {
  return DEFINITIONS.filter((definition) => definition.type === type);
}

/** True when Rampart models `type` (a Sysdig resource type of the registry). */
export function isSysdigType(type: string): boolean {
  return FIRST_BY_TYPE.has(type);
}
