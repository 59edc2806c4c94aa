# Lexicographic comparison of lists, element by element.
cases = [
    ([1, 2, 3], [1, 2, 4]),
    ([1, 2], [1, 2, 0]),
    ([], []),
    ([2], [1, 100]),
    ([1, [2, 3]], [1, [2, 4]]),
    (["a", "b"], ["a", "B"]),
    ([1.0, 2], [1, 2.0]),
    ([float("nan")], [float("nan")]),
]
for x, y in cases:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] == [1, 2], [1, "a"] < [2, "b"])
print(max([[1, 2], [1, 3], [0, 9]]), min([[1, 2], [1, 3], [0, 9]]))
