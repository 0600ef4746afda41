import 'server-only';

/** A Map that counts its changes, so the writer knows which collections to rewrite. */
export class TrackedMap<K, V> extends Map<K, V> {
  /** Incremented by every `set`, `delete` and `clear`. */
  revision = 0;

  override set(key: K, value: V): this {
    this.revision += 1;
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.revision += 1;
    return super.delete(key);
  }

  override clear(): void {
    this.revision += 1;
    super.clear();
  }
}
