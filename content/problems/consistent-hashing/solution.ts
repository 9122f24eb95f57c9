function fnv1a(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}

type Point = { position: number; node: string };

const compare = (a: Point, b: Point) => a.position - b.position || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);

// Points kept sorted by (position, node). Added points wait in a small pending list and are merged
// in one O(P) pass before the next lookup; a removal filters in O(P); a lookup is a binary search.
export class HashRing {
  private points: Point[] = [];
  private pending: Point[] = [];
  private readonly nodes = new Set<string>();

  constructor(private readonly replicas: number) {}

  addNode(node: string): void {
    if (this.nodes.has(node)) return;
    this.nodes.add(node);
    for (let i = 0; i < this.replicas; i++) this.pending.push({ position: fnv1a(`${node}#${i}`), node });
  }

  removeNode(node: string): void {
    if (!this.nodes.delete(node)) return;
    this.points = this.points.filter((point) => point.node !== node);
    this.pending = this.pending.filter((point) => point.node !== node);
  }

  getNode(key: string): string | null {
    if (this.pending.length > 0) this.mergePending();
    const points = this.points;
    if (points.length === 0) return null;
    const hash = fnv1a(key);
    let low = 0;
    let high = points.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (points[middle]!.position < hash) low = middle + 1;
      else high = middle;
    }
    return points[low === points.length ? 0 : low]!.node;
  }

  private mergePending(): void {
    const added = this.pending.sort(compare);
    const merged: Point[] = new Array(this.points.length + added.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < this.points.length && j < added.length) merged[k++] = compare(added[j]!, this.points[i]!) < 0 ? added[j++]! : this.points[i++]!;
    while (i < this.points.length) merged[k++] = this.points[i++]!;
    while (j < added.length) merged[k++] = added[j++]!;
    this.points = merged;
    this.pending = [];
  }
}
