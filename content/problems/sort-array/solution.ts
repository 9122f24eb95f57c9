// Bottom-up merge sort: O(n log n) time, O(n) extra space, no recursion.
export function sortArray(nums: number[]): number[] {
  const n = nums.length;
  let source = nums.slice();
  let target = new Array<number>(n);
  for (let width = 1; width < n; width *= 2) {
    for (let low = 0; low < n; low += 2 * width) {
      const middle = Math.min(low + width, n);
      const high = Math.min(low + 2 * width, n);
      let i = low;
      let j = middle;
      let k = low;
      while (i < middle && j < high) target[k++] = source[i]! <= source[j]! ? source[i++]! : source[j++]!;
      while (i < middle) target[k++] = source[i++]!;
      while (j < high) target[k++] = source[j++]!;
    }
    [source, target] = [target, source];
  }
  return source;
}
