export function impactedServices(dependencies: [string, string][], failed: string[]): string[] {
  return [];
}
