/**
 * A small least-recently-used map: while an answer is typed, its sentences repeat from one
 * keystroke to the next, so vectors are kept by exact sentence text and only new text is embedded.
 * A Map keeps insertion order, so re-inserting on every read makes its first key the oldest.
 *
 * @example
 * const cache = new LruCache<string, Float32Array>(2);
 * cache.set('a', va); cache.set('b', vb); cache.get('a'); cache.set('c', vc); // evicts 'b'
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as K;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
