# targets: host -- hash() is 32 bits wide on 32-bit targets, as in CPython there
# Tuple comparisons are lexicographic; hash of tuples of numbers is exact.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, 2) == (1.0, 2.0))
print((1, "a") < (1, "b"), (1, (2, 3)) < (1, (2, 4)), (float("nan"),) == (float("nan"),))
n = float("nan")
print((n,) == (n,), (n, 1) < (n, 2))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError:", e)
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1,)), hash((0, 0)))
print(hash((1.5, 2)), hash((2**64, -2**64)), hash(((1, 2), (3, 4))), hash((True, False)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((None,)) == hash((None,)))
d = {(1, 2): "a", (1, 2.0): "b"}
print(d)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(max([(1, "z"), (2, "a"), (2, "b")]), min([(3,), (1, 9), (1, 2, 3)]))
