import type { TConfigValue } from '../terraform/config-value.ts';
import type { TApiRefs, TAttributeMeta, TConfigObject, TResourceDefinition } from './definition.ts';
import { isPlainObject, isUnknown } from './schema-helpers.ts';
import { resolveIdValue } from './unresolved.ts';

/**
 * The configuration with every id reference that `refs` can resolve replaced by the id (a number, or
 * its decimal text where the attribute holds strings, as the 2018 schema does). Only attributes whose
 * metadata declares `reference.attribute === 'id'` are touched; unresolvable values stay unknown.
 * Use before `canonical` so a plan compares real ids once the referenced objects exist. Pure.
 */
export function resolveReferences(
  definition: TResourceDefinition,
  config: TConfigObject,
  refs: TApiRefs,
): TConfigObject {
  return resolveObject(config, definition.attributes, refs);
}

function resolveObject(
  config: TConfigObject,
  attributes: readonly TAttributeMeta[],
  refs: TApiRefs,
): TConfigObject {
  const result: TConfigObject = { ...config };
  for (const meta of attributes) {
    const value = config[meta.name];
    if (value === undefined) continue;
    if (meta.attributes && Array.isArray(value)) {
      result[meta.name] = value.map((block) =>
        isPlainObject(block) && !isUnknown(block)
          ? resolveObject(block as TConfigObject, meta.attributes ?? [], refs)
          : block,
      );
    } else if (meta.reference?.attribute === 'id') {
      const resolve = (item: TConfigValue): TConfigValue => {
        if (!isUnknown(item)) return item;
        const id = resolveIdValue(item, refs);
        return typeof id === 'number' && meta.elementKind === 'string' ? String(id) : id;
      };
      result[meta.name] = Array.isArray(value) ? value.map(resolve) : resolve(value);
    }
  }
  return result;
}
