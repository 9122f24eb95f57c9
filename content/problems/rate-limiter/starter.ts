export class RateLimiter {
  constructor(capacity: number, refillEveryMs: number) {
    // TODO
  }

  allow(clientId: string, now: number): boolean {
    return true;
  }
}
