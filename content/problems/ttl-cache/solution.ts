// With one TTL and a clock that never goes back, entries expire in the order they were set: a
// queue of (key, expiry) in set order lets size() drop expired keys from the front. A refreshed
// key leaves a stale queue entry behind, recognised because its expiry no longer matches.
export class TTLCache {
  private readonly entries = new Map<string, { value: number; expiresAt: number }>();
  private readonly queue: { key: string; expiresAt: number }[] = [];
  private head = 0;

  constructor(private readonly ttlMs: number) {}

  set(key: string, value: number, now: number): void {
    const expiresAt = now + this.ttlMs;
    this.entries.set(key, { value, expiresAt });
    this.queue.push({ key, expiresAt });
  }

  get(key: string, now: number): number | null {
    const entry = this.entries.get(key);
    return entry && now < entry.expiresAt ? entry.value : null;
  }

  size(now: number): number {
    this.evict(now);
    return this.entries.size;
  }

  private evict(now: number): void {
    while (this.head < this.queue.length && this.queue[this.head]!.expiresAt <= now) {
      const { key, expiresAt } = this.queue[this.head++]!;
      if (this.entries.get(key)?.expiresAt === expiresAt) this.entries.delete(key);
    }
    // Compact now and then so the queue does not grow without bound.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }
}
