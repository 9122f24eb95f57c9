// One bucket per client; a refill is arithmetic (O(1)) however long the client was silent.
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; lastRefill: number }>();

  constructor(
    private readonly capacity: number,
    private readonly refillEveryMs: number,
  ) {}

  allow(clientId: string, now: number): boolean {
    let bucket = this.buckets.get(clientId);
    if (!bucket) {
      bucket = { tokens: this.capacity, lastRefill: now };
      this.buckets.set(clientId, bucket);
    }
    const intervals = Math.floor((now - bucket.lastRefill) / this.refillEveryMs);
    bucket.tokens = Math.min(this.capacity, bucket.tokens + intervals);
    bucket.lastRefill += intervals * this.refillEveryMs;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
