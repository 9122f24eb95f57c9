export function mergeMeetings(meetings: [number, number][]): [number, number][] {
  return [];
}
