import { channelResourceType } from './channel-resource-type.ts';
import { claimKey } from './claim-key.ts';
import { SINGLETON_ID } from './find-live-object.ts';
import { LIVE_COLLECTIONS, type TLiveSnapshot } from './live-snapshot.ts';
import { compareIds } from './compare-ids.ts';
import type { TUnmanagedObject } from './plan-model.ts';

/**
 * Live objects no resource represents (not bound, adopted or deleted), in family then id order.
 * They are listed for import, never deleted. Sysdig defaults (managed v2 policies, seeded built-ins
 * with origin "Sysdig", built-in v1 policies) are flagged `isDefault`. Pure.
 */
export function listUnmanaged(
  live: TLiveSnapshot,
  claimed: ReadonlySet<string>,
): TUnmanagedObject[] {
  const result: TUnmanagedObject[] = [];
  for (const family of LIVE_COLLECTIONS) {
    const objects = live.objects[family];
    for (const id of Object.keys(objects).sort(compareIds)) {
      if (claimed.has(claimKey(family, id))) continue;
      const object = (objects[id] ?? {}) as Record<string, unknown>;
      const suggestedType = suggestType(family, object);
      result.push({
        apiFamily: family,
        id,
        name: typeof object.name === 'string' ? object.name : '',
        ...(suggestedType ? { suggestedType } : {}),
        isDefault:
          object.isDefault === true || object.origin === 'Sysdig' || object.isBuiltin === true,
      });
    }
  }
  const singletons = [
    ['priorities', live.priorities, 'sysdig_secure_policies_priority', 'Policy priorities'],
    ['user-rules-file', live.userRulesFile, 'sysdig_secure_user_rules_file', 'User rules file'],
  ] as const;
  for (const [family, object, suggestedType, name] of singletons) {
    if (object === undefined || object === null || claimed.has(claimKey(family, SINGLETON_ID)))
      continue;
    result.push({ apiFamily: family, id: SINGLETON_ID, name, suggestedType, isDefault: false });
  }
  return result;
}

function suggestType(family: string, object: Record<string, unknown>): string | undefined {
  switch (family) {
    case 'v1-policy':
      return 'sysdig_secure_policy';
    case 'v2-policy':
      return object.isDefault === true
        ? 'sysdig_secure_managed_policy'
        : 'sysdig_secure_custom_policy';
    case 'notification-channel':
      return channelResourceType(String(object.type ?? '').toUpperCase());
    case 'rule': {
      const details = (object.details ?? {}) as Record<string, unknown>;
      return (details.ruleType ?? 'FALCO') === 'FALCO' ? 'sysdig_secure_rule_falco' : undefined;
    }
    case 'list':
      return 'sysdig_secure_list';
    case 'macro':
      return 'sysdig_secure_macro';
    default:
      return undefined;
  }
}
