export function minRooms(meetings: [number, number][]): number {
  return 0;
}
