export function taskOrder(tasks: string[], dependencies: [string, string][]): { order: string[] } | { blocked: string[] } {
  return { order: [] };
}
