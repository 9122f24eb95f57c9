// Kahn's algorithm with a min-heap of ready task names: O((n + m) log n). Tasks never taken from
// the heap are exactly those on a cycle or downstream of one.
export function taskOrder(tasks: string[], dependencies: [string, string][]): { order: string[] } | { blocked: string[] } {
  const waitingOn = new Map<string, number>(tasks.map((task) => [task, 0]));
  const next = new Map<string, string[]>(tasks.map((task) => [task, []]));
  for (const [before, after] of dependencies) {
    next.get(before)!.push(after);
    waitingOn.set(after, waitingOn.get(after)! + 1);
  }
  const ready = new MinHeap();
  for (const task of tasks) if (waitingOn.get(task) === 0) ready.push(task);
  const order: string[] = [];
  while (ready.size > 0) {
    const task = ready.pop();
    order.push(task);
    for (const after of next.get(task)!) {
      const left = waitingOn.get(after)! - 1;
      waitingOn.set(after, left);
      if (left === 0) ready.push(after);
    }
  }
  if (order.length === tasks.length) return { order };
  const blocked = tasks.filter((task) => waitingOn.get(task)! > 0);
  return { blocked: blocked.sort((a, b) => (a < b ? -1 : 1)) };
}

class MinHeap {
  private readonly items: string[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: string): void {
    const items = this.items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= item) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = item;
  }

  pop(): string {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && items[right]! < items[left]! ? right : left;
        if (items[child]! >= last) break;
        items[i] = items[child]!;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}
