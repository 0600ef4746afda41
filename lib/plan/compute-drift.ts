import type { TConfigObject, TResourceDefinition } from '../sysdig/index.ts';
import { diffAttributes } from './diff-attributes.ts';
import type { TDrift } from './plan-model.ts';

/**
 * Attributes changed outside code: the canonical live object read at the last apply (`lastLive`)
 * against the canonical live object now, per attribute path. Attributes the provider never reads
 * back (`notRefreshed`, spec §2) are skipped: Terraform cannot see drift there. Sensitive values
 * are masked. Returns [] without `lastLive`. Pure.
 */
export function computeDrift(
  definition: TResourceDefinition,
  lastLive: unknown,
  liveObject: unknown,
): TDrift[] {
  if (typeof lastLive !== 'object' || lastLive === null || liveObject === undefined) return [];
  const now = definition.canonical(definition.fromApi(liveObject));
  const before = definition.canonical(lastLive as TConfigObject);
  return diffAttributes(before, now, {
    attributes: definition.attributes,
    sensitive: definition.sensitive,
    forceNew: [],
    skip: definition.notRefreshed,
  }).map(({ path, label, before: was, after, isSensitive }) => ({
    path,
    label,
    before: was,
    after,
    isSensitive,
  }));
}
