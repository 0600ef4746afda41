import { allocateName } from './allocate-name.ts';
import { slugifyName } from './slugify-name.ts';
import type { TExistingResource, TImportCandidate, TPlannedResource } from './types.ts';

/**
 * Names every candidate: the snake_case slug of its object name, unique per resource type (taking
 * the names of existing addresses of that type into account; repeats get `_2`, `_3`, … in live id
 * order). Pure.
 */
export function planResourceNames(
  candidates: readonly TImportCandidate[],
  existing: readonly TExistingResource[],
): TPlannedResource[] {
  const taken = new Map<string, Set<string>>();
  const takenOf = (type: string): Set<string> => {
    let names = taken.get(type);
    if (!names) taken.set(type, (names = new Set()));
    return names;
  };
  for (const item of existing) {
    const name = item.address?.split('.')[1];
    if (item.address?.startsWith(`${item.type}.`) && name) takenOf(item.type).add(name);
  }
  return candidates.map((candidate) => {
    const type = candidate.definition.type;
    const base = slugifyName(String(candidate.config.name ?? ''), candidate.kind);
    const name = allocateName(base, takenOf(type));
    return { ...candidate, name, address: `${type}.${name}` };
  });
}
