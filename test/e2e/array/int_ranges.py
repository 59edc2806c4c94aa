# array integer typecodes: item sizes, boundary values, OverflowError/TypeError messages.
from array import array, typecodes


def attempt(fn):
    try:
        print(fn())
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


print(typecodes, [array(tc).itemsize for tc in typecodes])
limits = {"b": 8, "B": 8, "h": 16, "H": 16, "i": 32, "I": 32,
          "l": 64, "L": 64, "q": 64, "Q": 64}
for tc, bits in limits.items():
    if tc.isupper():
        lo, hi = 0, 2 ** bits - 1
    else:
        lo, hi = -2 ** (bits - 1), 2 ** (bits - 1) - 1
    a = array(tc, [lo, hi, 0])
    print(tc, a, a.itemsize, len(a.tobytes()))
    attempt(lambda: array(tc, [hi + 1]))
    attempt(lambda: array(tc, [lo - 1]))
    attempt(lambda: array(tc, [2 ** 64]))
    attempt(lambda: array(tc, [-2 ** 64]))
    attempt(lambda: array(tc, [2 ** 100]))

a = array("h", [1, 2, 3])
for bad in (1.0, "7", None, [1], 2j):
    attempt(lambda: a.append(bad))
attempt(lambda: a.__setitem__(0, 40000))
attempt(lambda: a.insert(0, -40000))
attempt(lambda: a.extend([4, 5, 70000, 6]))
print(a)  # items before the bad one stay
attempt(lambda: a.fromlist([7, 8, 1.5]))
print(a)  # fromlist is all or nothing
attempt(lambda: a.fromlist((7, 8)))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        return "3"


b = array("B", [True, False, Idx(200)])
print(b, type(b[0]).__name__)
attempt(lambda: b.append(Idx(300)))
attempt(lambda: b.append(BadIdx()))
a[Idx(1)] = Idx(-5)
a[True] = 9
print(a, a[Idx(2)], a[False])
