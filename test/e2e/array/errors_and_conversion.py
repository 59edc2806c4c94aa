# Range errors, type errors and byte conversion of arrays.
from array import array
def attempt(fn):
    try:
        print(fn())
    except (OverflowError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: array("B", [256]))
attempt(lambda: array("b", [-129]))
attempt(lambda: array("H", [-1]))
attempt(lambda: array("i", [1.5]))
attempt(lambda: array("z", []))
attempt(lambda: array("i", [1])[5])
attempt(lambda: array("i", [1]).index(9))
attempt(lambda: array("i", [1]) + array("d", [1.0]))
h = array("h", [1, -2, 300])
raw = h.tobytes()
print(len(raw), h.itemsize * len(h))
g = array("h")
g.frombytes(raw)
print(g, g == h)
s = array("i", range(10))
print(s[::3], s[::-1][:3])
s[1:4] = array("i", [99])
print(s, len(s))
del s[::2]
print(s)
