export class LRUCache {
  constructor(capacity: number) {
    // TODO
  }

  get(key: number): number {
    return -1;
  }

  put(key: number, value: number): void {
    // TODO
  }
}
