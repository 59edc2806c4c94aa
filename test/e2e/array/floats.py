# array 'f' and 'd': single-precision rounding, inf/nan, conversions and errors.
from array import array


def attempt(fn):
    try:
        print(fn())
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


f = array("f", [0.1, 1 / 3, 16777217, 1e-45, -1e-50, 3.4e38, 1e39, -1e300, 2])
print(f)
print(f[0], f[0] == 0.1, sum(array("f", [0.1] * 10)))
d = array("d", [0.1, 1 / 3, 16777217, 1e-320, 1e300, -0.0, 5])
print(d, d.itemsize, f.itemsize)
inf = float("inf")
nan = float("nan")
g = array("d", [inf, -inf, nan])
print(g, g[2] == g[2], nan in g, g.count(nan), g == g, g != g)
attempt(lambda: g.index(nan))
attempt(lambda: g.remove(nan))
h = array("f", [1.5, nan])
print(h == h, h < h, h <= h, array("f", [1.5]) == array("d", [1.5]))
print(array("f", [0.1]) == array("d", [0.1]), 1.5 in h, 1 in array("d", [1.0]))

for bad in ("1.5", None, b"x", 2j, [1.0]):
    attempt(lambda: array("d", [bad]))
attempt(lambda: array("f", [10 ** 400]))
attempt(lambda: array("d", [10 ** 400]))


class Num:
    def __float__(self):
        return 2.75


class Count:
    def __index__(self):
        return 12


class Wrong:
    def __float__(self):
        return 1


print(array("f", [Num(), Count(), True]), array("d", [Num(), Count()]))
attempt(lambda: array("d", [Wrong()]))
f[1] = 0.2
f[2:4] = array("f", [1e10, 7.7])
print(f[:4], f.pop(), f.index(1e10))
attempt(lambda: f.__setitem__(0, "x"))
total = array("d")
for i in range(10):
    total.append(i / 4)
print(total, sum(total), max(total), min(total))
print(array("f", (x * 0.5 for x in range(6))).tolist())
