/**
 * The candidate closest to `name` by edit distance (case-insensitive), when it is close enough
 * to be a likely typo (distance ≤ max(2, a third of the name)), or else the first candidate that
 * `name` abbreviates (`warn` → `warning`); otherwise undefined. Pure.
 */
export function suggestName(name: string, candidates: Iterable<string>): string | undefined {
  const target = name.toLowerCase();
  const list = [...candidates];
  const closest = closestByDistance(name, target, list);
  if (closest !== undefined) return closest;
  return target.length >= 3
    ? list.find((candidate) => candidate.toLowerCase().startsWith(target) && candidate !== name)
    : undefined;
}

function closestByDistance(name: string, target: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(target, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === undefined || best === name ? undefined : best;
}

function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    for (let column = 1; column <= right.length; column++) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      current[column] = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}
