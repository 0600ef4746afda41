import type { TConfigObject, TResourceDefinition } from '../sysdig/index.ts';
import { channelApiType } from './channel-api-type.ts';

/**
 * True when a live object of the definition's API family may be adopted by this resource besides
 * its natural key: same channel type; managed policies only adopt Sysdig default policies of the
 * same `type` (spec §4.7) and every other policy resource only non-default ones (a custom policy
 * import rejects `isDefault`, §4.1); rules, lists and macros only objects with the same `append`. Pure.
 */
export function isAdoptable(
  definition: TResourceDefinition,
  config: TConfigObject,
  object: unknown,
): boolean {
  const live = (typeof object === 'object' && object !== null ? object : {}) as Record<
    string,
    unknown
  >;
  const isAppend = config.append === true;
  switch (definition.apiFamily) {
    case 'notification-channel':
      return channelApiType(definition.type, config) === String(live.type ?? '').toUpperCase();
    case 'v2-policy': {
      if (definition.type !== 'sysdig_secure_managed_policy') return live.isDefault !== true;
      const type = typeof config.type === 'string' ? config.type : 'falco';
      return (
        live.isDefault === true &&
        (typeof live.type === 'string' && live.type !== '' ? live.type : 'falco') === type
      );
    }
    case 'rule': {
      const details = (live.details ?? {}) as Record<string, unknown>;
      const ruleType = details.ruleType ?? 'FALCO';
      return ruleType === 'FALCO' && (details.append === true) === isAppend;
    }
    case 'list':
    case 'macro':
      return (live.append === true) === isAppend;
    default:
      return true;
  }
}
