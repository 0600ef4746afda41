/**
 * Orders `nodes` so that each comes after the nodes it depends on (`dependsOn`, edges to nodes
 * outside the list ignored). Among ready nodes the smallest by `compare` goes first, so the order
 * is deterministic; nodes on a cycle follow in `compare` order once nothing else is ready. Pure;
 * O((n + e) log n).
 */
export function sortTopologically<T>(
  nodes: readonly T[],
  keyOf: (node: T) => string,
  dependsOn: (node: T) => readonly string[],
  compare: (a: T, b: T) => number,
): T[] {
  const sorted = [...nodes].sort(compare);
  const rankOf = new Map(sorted.map((node, rank) => [keyOf(node), rank]));
  const waiting = new Int32Array(sorted.length);
  const dependents: number[][] = sorted.map(() => []);
  sorted.forEach((node, rank) => {
    for (const dep of new Set(dependsOn(node))) {
      const depRank = rankOf.get(dep);
      if (depRank === undefined || depRank === rank) continue;
      waiting[rank] = (waiting[rank] ?? 0) + 1;
      dependents[depRank]?.push(rank);
    }
  });
  const ready = new MinHeap();
  waiting.forEach((count, rank) => count === 0 && ready.push(rank));
  const done = new Uint8Array(sorted.length);
  const result: T[] = [];
  let nextUnfinished = 0;
  while (result.length < sorted.length) {
    let rank = ready.pop();
    if (rank === undefined) {
      // A cycle: break it at the smallest node not yet placed.
      while (done[nextUnfinished]) nextUnfinished++;
      rank = nextUnfinished;
    }
    if (done[rank]) continue;
    done[rank] = 1;
    result.push(sorted[rank] as T);
    for (const dependent of dependents[rank] ?? []) {
      waiting[dependent] = (waiting[dependent] ?? 0) - 1;
      if (waiting[dependent] === 0 && !done[dependent]) ready.push(dependent);
    }
  }
  return result;
}

/** A binary min-heap of ranks. */
class MinHeap {
  private readonly items: number[] = [];

  push(value: number): void {
    const items = this.items;
    items.push(value);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if ((items[parent] as number) <= value) break;
      items[index] = items[parent] as number;
      index = parent;
    }
    items[index] = value;
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child =
        right < items.length && (items[right] as number) < (items[left] as number) ? right : left;
      if ((items[child] as number) >= last) break;
      items[index] = items[child] as number;
      index = child;
    }
    items[index] = last;
    return top;
  }
}
