# array indexing and slicing: get, set (arrays of the same typecode only), del, errors.
from array import array


def attempt(fn):
    try:
        print(fn())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)


a = array("i", range(10))
print(a[0], a[-1], a[3:7], a[::3], a[::-1], a[7:2:-2], a[20:], a[-100:2])
print(type(a[1:3]).__name__, a[5:1], a[:])
attempt(lambda: a[10])
attempt(lambda: a[-11])
attempt(lambda: a["1"])
attempt(lambda: a[1.0])
attempt(lambda: a["x":])
attempt(lambda: a[::0])
attempt(lambda: a.__setitem__(10, 1))
attempt(lambda: a.__delitem__(-11))
attempt(lambda: a.__setitem__(slice(0, 2), [1, 2]))
attempt(lambda: a.__setitem__(slice(0, 2), array("l", [1, 2])))
attempt(lambda: a.__setitem__(slice(0, 6, 2), array("i", [1])))
attempt(lambda: a.__setitem__(slice(None, None, -3), array("i", [1, 2])))
attempt(lambda: a.__setitem__(slice(1, 2, 0), array("i")))

b = array("h", range(8))
b[2:5] = array("h", [70, 71])
print(b)
b[1:1] = array("h", [-1, -2, -3])
print(b)
b[::2] = array("h", [0] * 5)
print(b)
b[::-3] = array("h", [9, 8, 7, 6])
print(b)
b[0:3:1] = array("h")
print(b)
b[2:] = b
print(b)
del b[1]
del b[-1]
del b[::3]
print(b)
del b[5:1]
del b[:2]
print(b, len(b))
b[-1] = 6
print(b)
c = array("d", [0.5] * 6)
c[1::2] = array("d", [1.5, 2.5, 3.5])
print(c, c[1::2].tolist())
s = array("B", b"spam and eggs")
print(s[5:8].tobytes(), s[::-1].tobytes())
