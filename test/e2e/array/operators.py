# array operators: + += * *=, comparisons, in, len, iteration, hash, repr, copies.
from array import array


def attempt(fn):
    try:
        print(fn())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


a = array("i", [1, 2, 3])
b = array("i", [4])
print(a + b, b + a, a * 2, 3 * b, a * 0, a * -1, a * True, len(a * 5))
c = a
c += b
c += c
print(a, c is a)
c *= 2
print(a, len(a))
c *= 0
print(a, c is a, bool(a), bool(b))
attempt(lambda: a + [1])
attempt(lambda: a + array("I", [1]))
attempt(lambda: a * 1.5)
attempt(lambda: a * "2")
attempt(lambda: a.__iadd__([1]))
attempt(lambda: a.__iadd__(array("d")))
attempt(lambda: hash(b))
attempt(lambda: {b: 1})

x = array("i", [1, 2, 3])
print(x == array("i", [1, 2, 3]), x == array("b", [1, 2, 3]), x == array("d", [1, 2, 3.0]))
print(x != array("i", [1, 2]), x == [1, 2, 3], x != (1, 2, 3), x == None)
print(x < array("i", [1, 2, 4]), x < array("i", [1, 2]), x <= x, x > array("h", [1, 1, 9]))
print(x >= array("d", [1, 2, 3, 0]), array("i") < x, array("B") == array("u"))
print(2 in x, 2.0 in x, "2" in x, 7 in x, [1] in x)
print(list(x), [v * 10 for v in x], sum(x), sorted(x, reverse=True), list(reversed(x)))
it = iter(x)
print(next(it), x.pop(), list(it))
print(repr(array("q")), str(array("d", [1.0])), array("b", [-1]).__repr__())


class Samples(array):
    def mean(self):
        return sum(self) / len(self)


s = Samples("d", [1.0, 2.0, 4.5])
s.label = "run 1"
print(s, s.mean(), s.label, isinstance(s, array), s.typecode)
print(s[1:], s + s, s * 2, s == array("d", [1.0, 2.0, 4.5]))
d = x.__copy__()
e = x.__deepcopy__({})
d.append(9)
print(x, d, e, e == x, e is x)
