# zip with different lengths, strict=True, and unzipping.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10), "xyz")))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip("abc", range(3))), list(zip(*[[1, 2, 3], [4, 5, 6]])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z), list(z))
try:
    zip(1)
except TypeError as e:
    print("TypeError:", e)
