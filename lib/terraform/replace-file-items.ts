/**
 * A copy of `list` where the contiguous run of `oldItems` (one file's contribution, in the
 * module's file order) is replaced by `newItems`. Returns null when the run cannot be located
 * (the file contributed nothing before, or the run is not contiguous), so the caller rebuilds
 * the list. Does not change `list`. Never throws.
 */
export function replaceFileItems<T>(
  list: readonly T[],
  oldItems: readonly T[],
  newItems: readonly T[],
): T[] | null {
  if (oldItems.length === 0) return newItems.length === 0 ? list.slice() : null;
  const start = list.indexOf(oldItems[0] as T);
  if (start < 0) return null;
  for (let i = 1; i < oldItems.length; i++) if (list[start + i] !== oldItems[i]) return null;
  return list.slice(0, start).concat(newItems, list.slice(start + oldItems.length));
}
