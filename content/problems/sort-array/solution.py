def sort_array(nums: list[int]) -> list[int]:
    """Bottom-up merge sort: O(n log n) time, O(n) extra space, no recursion."""
    n = len(nums)
    source = list(nums)
    target = [0] * n
    width = 1
    while width < n:
        for low in range(0, n, 2 * width):
            middle = min(low + width, n)
            high = min(low + 2 * width, n)
            i, j, k = low, middle, low
            while i < middle and j < high:
                if source[i] <= source[j]:
                    target[k] = source[i]
                    i += 1
                else:
                    target[k] = source[j]
                    j += 1
                k += 1
            # Copy the rest of whichever run is left with slice assignment (C speed).
            target[k : k + middle - i] = source[i:middle]
            k += middle - i
            target[k : k + high - j] = source[j:high]
        source, target = target, source
        width *= 2
    return source
