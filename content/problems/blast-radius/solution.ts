// Breadth-first search from the failed services over reversed edges (who calls whom): O(V + E).
export function impactedServices(dependencies: [string, string][], failed: string[]): string[] {
  const callers = new Map<string, string[]>();
  for (const [service, dependsOn] of dependencies) {
    const list = callers.get(dependsOn);
    if (list) list.push(service);
    else callers.set(dependsOn, [service]);
  }
  const impacted = new Set<string>(failed);
  const queue = [...impacted];
  for (let head = 0; head < queue.length; head++) {
    for (const caller of callers.get(queue[head]!) ?? []) {
      if (impacted.has(caller)) continue;
      impacted.add(caller);
      queue.push(caller);
    }
  }
  return [...impacted].sort((a, b) => (a < b ? -1 : 1));
}
