# array 'u': unicode character arrays, fromunicode/tounicode, bytes and errors.
from array import array


def attempt(fn):
    try:
        print(fn())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)


u = array("u", "héllo wörld")
print(u, len(u), u.itemsize, u[1], u[-1], u[2:5], u[::-2])
u.fromunicode(" ✓")
u.append("!")
u.extend("ab")
u.extend(["c", "d"])
u.insert(0, ">")
print(u.tounicode(), u.count("l"), u.index("w"), "ö" in u, "lo" in u)
print(u.pop(), u.pop(0), u.tolist()[:5])
u.reverse()
print(u)
print(array("u"), array("u", ["x", "y"]), array("u", array("u", "zz")))
print(array("u", "a😀").tobytes(), array("u", b"A\x00\x00\x00\x00\xf6\x01\x00"))
print(array("u", "\ud800").tobytes())
print(array("u", "ab") + array("u", "c"), array("u", "ab") * 3)
print(array("u", "ab") == array("u", "ab"), array("u", "ab") < array("u", "b"))
attempt(lambda: array("u", ["ab"]))
attempt(lambda: array("u", [65]))
attempt(lambda: array("u", "x").append(b"y"))
attempt(lambda: array("u", "x").fromunicode(b"y"))
attempt(lambda: array("i").fromunicode("y"))
attempt(lambda: array("i", [1]).tounicode())
attempt(lambda: array("i", "abc"))
attempt(lambda: array("d", array("u", "a")))
attempt(lambda: array("u", array("i", [1])))
attempt(lambda: array("u", b"abc"))
attempt(lambda: array("u", "ab") < array("i", [1]))
print(array("u", "ab") == array("i", [1, 2]))
w = array("u", "tac")
w[0] = "c"
w[2] = "t"
w[1:2] = array("u", "oa")
print(w, "".join(w), str(w))
attempt(lambda: w.__setitem__(0, "xy"))
