// Two heaps: `low` (a max-heap) holds the smaller half and is never smaller than `high` (a min-heap)
// and never more than one larger, so the lower median is the top of `low`. O(log n) per record.
class Heap {
  private readonly items: number[] = [];

  constructor(private readonly above: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): number {
    return this.items[0]!;
  }

  push(value: number): void {
    const items = this.items;
    let i = items.push(value) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(value, items[parent]!)) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && this.above(items[right]!, items[left]!) ? right : left;
        if (!this.above(items[child]!, last)) break;
        items[i] = items[child]!;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

export class LatencyTracker {
  private readonly low = new Heap((a, b) => a > b);
  private readonly high = new Heap((a, b) => a < b);

  record(ms: number): void {
    if (this.low.size === 0 || ms <= this.low.peek()) this.low.push(ms);
    else this.high.push(ms);
    if (this.low.size > this.high.size + 1) this.high.push(this.low.pop());
    else if (this.high.size > this.low.size) this.low.push(this.high.pop());
  }

  median(): number | null {
    return this.low.size === 0 ? null : this.low.peek();
  }
}
