# Subclassing int, float, str, tuple and bytes: values, methods, attributes, slots, errors.
class Meters(float):
    unit = "m"

    def __repr__(self):
        return "Meters(%s)" % float.__repr__(self)

    def double(self):
        return Meters(self * 2)


m = Meters(2.5)
print(m, repr(m), m + 1, type(m + 1).__name__, m.double(), m.unit)
print(isinstance(m, float), m == 2.5, hash(m) == hash(2.5), m > 2)
m.note = "hi"
print(m.note, vars(m))


class Flags(int):
    def __new__(cls, value, label="?"):
        self = super().__new__(cls, value)
        self.label = label
        return self

    def __str__(self):
        return "Flags<%d:%s>" % (self, self.label)

    def has(self, bit):
        return bool(self & bit)


f = Flags(6, "rw")
print(f, repr(f), int(f), f + 1, f * 2, f.has(2), f.has(1), f.label)
print(type(f).__name__, type(int(f)).__name__, isinstance(f, int), f == 6)
print({6: "six"}[f], sorted([Flags(3), 1, Flags(2)]), -f, abs(Flags(-4)))
big = Flags(2 ** 100, "big")
print(big, big + 1, big // 3, big.bit_length(), big > 2 ** 99)
z = Flags(0)
print(bool(z), bool(f), z == 0, hex(Flags(255)), format(Flags(10), "05d"))


class Tag(str):
    def shout(self):
        return self.upper() + "!"

    @property
    def size(self):
        return len(self)


t = Tag("héllo")
print(t, repr(t), t.shout(), t.size, t + "x", t[1:3], t == "héllo", "ll" in t)
print(isinstance(t, str), type(t).__name__, {t: 1}["héllo"], len(t), t.split("l"))
print(f"[{t}] [{t:>8}]", "%s|%r" % (t, t), str(t) == t, type(str(t)).__name__)
t.extra = 5
print(t.extra, sorted([Tag("b"), "a", Tag("c")]))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def swap(self):
        return Pair(self[1], self[0])

    def __repr__(self):
        return "Pair(%r, %r)" % self


p = Pair(1, "two")
x, y = p
print(p, p.first, p.swap(), x, y, len(p), p[1], p == (1, "two"), p + (3,))
print(isinstance(p, tuple), type(p).__name__, hash(p) == hash((1, "two")), list(p))
print(sorted([Pair(2, 1), Pair(1, 2)]), tuple(p), type(tuple(p)).__name__)


class Blob(bytes):
    def hexed(self):
        return self.hex()


b = Blob(b"\x01\xff")
print(b, b.hexed(), len(b), b[0], b + b"!", isinstance(b, bytes))


class Slotted(float):
    __slots__ = ("tag",)


s = Slotted(7)
s.tag = "seven"
print(s, s.tag, s + 1)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError", e)

try:
    class Bad(int, str):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class B2(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(Flags.__mro__[1].__name__, Flags(5).__class__.__name__)
print(int.__new__(Flags, 9).label if hasattr(int.__new__(Flags, 9), "label") else "no label")
try:
    class S2(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)


# Operations of the builtin return plain builtin values, never the subclass.
class T(str):
    pass


t = T("ab")
print(type(t.strip()).__name__, type(t.upper()).__name__, type(t[:]).__name__,
      type(t + "").__name__, type(t.replace("x", "y")).__name__)


class U(tuple):
    pass


u = U((1, 2))
print(type(u[:]).__name__, type(u + ()).__name__, type(u * 1).__name__)


class I(int):
    pass


print(type(I(3) + 0).__name__, type(+I(3)).__name__, type(abs(I(3))).__name__,
      type(int(I(3))).__name__, type(float(I(3))).__name__)


class F(float):
    pass


print(type(F(3) + 0).__name__, type(+F(3)).__name__, type(float(F(3))).__name__,
      type(abs(F(3))).__name__, type(str(T("x"))).__name__, type(tuple(u)).__name__)
