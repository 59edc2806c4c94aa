# List equality, ordering comparisons, and repr of nested lists.
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] != [1, 2, 3], [1, 2] == [1, 2, 3])
print([] == [], [0] == [0.0], [1] == [True], [[1]] == [[1]])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] <= [1, 2])
print([0.1 + 0.2] == [0.3], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n])
print([1, [2, [3, [4]]]])
print([[], [[]], [[], []]])
print(repr([1.0, 2, "s"]), str([None, True]))
try:
    print([1, 2] < [1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < 1)
except TypeError as e:
    print("TypeError:", e)
print([1] == 1, [1] != "1")
a = [1, 2]
b = a
c = [1, 2]
print(a == b, a is b, a == c, a is c)
