export class TTLCache {
  constructor(ttlMs: number) {
    // TODO
  }

  set(key: string, value: number, now: number): void {
    // TODO
  }

  get(key: string, now: number): number | null {
    return null;
  }

  size(now: number): number {
    return 0;
  }
}
