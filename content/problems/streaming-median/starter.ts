export class LatencyTracker {
  record(ms: number): void {
    // TODO
  }

  median(): number | null {
    return null;
  }
}
