// A Map iterates in insertion order, so re-inserting a key on use keeps the least recently used
// key first: every operation is O(1).
export class LRUCache {
  private readonly entries = new Map<number, number>();

  constructor(private readonly capacity: number) {}

  get(key: number): number {
    const value = this.entries.get(key);
    if (value === undefined) return -1;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  put(key: number, value: number): void {
    if (this.entries.has(key)) this.entries.delete(key);
    else if (this.entries.size === this.capacity) {
      const oldest = this.entries.keys().next().value as number;
      this.entries.delete(oldest);
    }
    this.entries.set(key, value);
  }
}
