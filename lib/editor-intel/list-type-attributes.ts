import type { TAttributeMeta } from '../sysdig/definition.ts';
import { getResourceVariants } from '../sysdig/registry.ts';

/**
 * The attributes of a resource type's body, or of the nested block at `blockPath` inside it
 * (`['actions', 'capture']`). `sysdig_secure_policy` has two schemas: their attributes are merged
 * (first definition wins a name). Empty for types or blocks the registry does not model.
 */
export function listTypeAttributes(
  resourceType: string,
  blockPath: readonly string[] = [],
): TAttributeMeta[] {
  const merged = new Map<string, TAttributeMeta>();
  for (const definition of getResourceVariants(resourceType)) {
    let attributes: readonly TAttributeMeta[] | undefined = definition.attributes;
    for (const name of blockPath)
      attributes = attributes?.find((meta) => meta.name === name)?.attributes;
    for (const meta of attributes ?? []) if (!merged.has(meta.name)) merged.set(meta.name, meta);
  }
  return [...merged.values()].sort((a, b) => a.order - b.order);
}

/** One attribute's metadata (see {@link listTypeAttributes}), or undefined. */
export function findTypeAttribute(
  resourceType: string,
  blockPath: readonly string[],
  name: string,
): TAttributeMeta | undefined {
  return listTypeAttributes(resourceType, blockPath).find((meta) => meta.name === name);
}
