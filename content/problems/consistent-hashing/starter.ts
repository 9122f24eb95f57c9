export class HashRing {
  constructor(replicas: number) {
    // TODO
  }

  addNode(node: string): void {
    // TODO
  }

  removeNode(node: string): void {
    // TODO
  }

  getNode(key: string): string | null {
    return null;
  }
}
