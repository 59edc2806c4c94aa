# sorted() returns a new list from any iterable.
print(sorted([3, 1, 2]), sorted("cab"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted(x % 3 for x in range(7)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([], key=len))
data = [1, 2]
out = sorted(data)
print(out == data, out is data)
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda t: t[0]))
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
