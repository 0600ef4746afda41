import type { TConfigObject, TResourceDefinition } from '../sysdig/index.ts';
import { mergePriorities } from '../sysdig/index.ts';
import type { TUnknownValue } from '../terraform/config-value.ts';
import { isUnknownValue } from '../terraform/config-value.ts';

/**
 * The canonical desired object of a resource, as it will be after apply. For
 * `sysdig_secure_policies_priority` the configured ids are merged with the live order first
 * (spec §2.4: configured ++ server, deduplicated), because that is what the provider writes and
 * what Secure then holds; without a live order the configured ids are sent alone. Pure.
 */
export function canonicalDesired(
  definition: TResourceDefinition,
  config: TConfigObject,
  liveObject: unknown,
): TConfigObject {
  if (definition.apiFamily !== 'priorities' || !Array.isArray(config.policies))
    return definition.canonical(config);
  const configured = config.policies.map((id): number | TUnknownValue =>
    isUnknownValue(id) ? id : atoi(id),
  );
  const server =
    liveObject === undefined
      ? []
      : (definition.fromApi(liveObject).policies as unknown[]).map((id) => atoi(id));
  const merged = mergePriorities(configured, server);
  return definition.canonical({
    ...config,
    policies: merged.map((id) => (isUnknownValue(id) ? id : String(id))),
  });
}

/** Go `strconv.Atoi` after TrimSpace; a bad value becomes 0 (spec §2.1, §2.4). */
function atoi(value: unknown): number {
  const text = String(value).trim();
  return /^[+-]?\d+$/.test(text) ? Number.parseInt(text, 10) : 0;
}
