const DELETED: unique symbol = Symbol('deleted');

/**
 * A read-only map made of a base map plus changes (set or deleted keys), so a new version of a
 * large index costs the size of the change, not of the index. Iteration follows the base's
 * order (changed values in place, deleted keys skipped), then keys new in `changes`. Layers
 * over layers are flattened once they are `maxDepth` deep, bounding lookup cost.
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  private readonly base: ReadonlyMap<K, V>;
  private readonly changes: Map<K, V | typeof DELETED>;
  private readonly depth: number;
  readonly size: number;

  private constructor(base: ReadonlyMap<K, V>, changes: Map<K, V | typeof DELETED>, depth: number) {
    this.base = base;
    this.changes = changes;
    this.depth = depth;
    let size = base.size;
    for (const [key, value] of changes) {
      const isInBase = base.has(key);
      if (value === DELETED) size -= isInBase ? 1 : 0;
      else size += isInBase ? 0 : 1;
    }
    this.size = size;
  }

  /**
   * `base` with `sets` applied, then `deletes`. Does not change `base`. Flattens to a plain Map
   * when the result would be more than `maxDepth` layers deep. Never throws.
   */
  static derive<K, V>(
    base: ReadonlyMap<K, V>,
    sets: Iterable<[K, V]>,
    deletes: Iterable<K> = [],
    maxDepth = 8,
  ): ReadonlyMap<K, V> {
    const changes = new Map<K, V | typeof DELETED>(sets);
    for (const key of deletes) changes.set(key, DELETED);
    const depth = base instanceof LayeredMap ? base.depth + 1 : 1;
    const layered = new LayeredMap(base, changes, depth);
    return depth > maxDepth ? layered.flatten() : layered;
  }

  // A plain Map with the same entries in the same order: a copy of the bottom map with each
  // layer's changes applied from the bottom up (a Map keeps a set key in place and appends a
  // new one, which is the order entries() gives). Iterating the layers' generators instead
  // cost a generator step per layer per entry.
  private flatten(): Map<K, V> {
    const layers: LayeredMap<K, V>[] = [this];
    let bottom = this.base;
    while (bottom instanceof LayeredMap) {
      layers.push(bottom);
      bottom = bottom.base;
    }
    const map = new Map(bottom);
    for (let i = layers.length - 1; i >= 0; i--)
      for (const [key, value] of (layers[i] as LayeredMap<K, V>).changes)
        if (value === DELETED) map.delete(key);
        else map.set(key, value);
    return map;
  }

  get(key: K): V | undefined {
    if (this.changes.has(key)) {
      const value = this.changes.get(key);
      return value === DELETED ? undefined : value;
    }
    return this.base.get(key);
  }

  has(key: K): boolean {
    if (this.changes.has(key)) return this.changes.get(key) !== DELETED;
    return this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) {
      if (!this.changes.has(key)) yield [key, value];
      else {
        const changed = this.changes.get(key) as V | typeof DELETED;
        if (changed !== DELETED) yield [key, changed];
      }
    }
    for (const [key, value] of this.changes)
      if (value !== DELETED && !this.base.has(key)) yield [key, value];
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
