// Sweep over sorted starts and ends: the answer is the peak number of sessions in progress. At equal
// times, ends come first because the interval excludes its end.
export function minRooms(meetings: [number, number][]): number {
  const starts = Float64Array.from(meetings, (m) => m[0]).sort();
  const ends = Float64Array.from(meetings, (m) => m[1]).sort();
  let rooms = 0;
  let busy = 0;
  let j = 0;
  for (let i = 0; i < starts.length; i++) {
    while (ends[j]! <= starts[i]!) {
      busy--;
      j++;
    }
    busy++;
    rooms = Math.max(rooms, busy);
  }
  return rooms;
}
