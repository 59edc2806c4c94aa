# Subclasses of set and frozenset: construction through __new__/__init__,
# extra attributes and methods, operators returning the base type, hashing
# of frozenset subclasses, and the usual errors.
class Tags(set):
    def __init__(self, items=(), owner="nobody"):
        super().__init__(items)
        self.owner = owner

    def describe(self):
        return "%s: %s" % (self.owner, ", ".join(sorted(self)))


t = Tags(["b", "a"], owner="ann")
t.add("c")
print(type(t).__name__, t.describe(), len(t), "a" in t, isinstance(t, set))
u = t | {"z"}
print(type(u).__name__, sorted(u), type(t & {"a"}).__name__,
      type(t - {"a"}).__name__, type(t.copy()).__name__)
t |= {"d"}
print(type(t).__name__, sorted(t), t == {"a", "b", "c", "d"})
t.discard("a")
t.remove("b")
print(sorted(t), t.pop() in {"c", "d"}, t.owner)


class Plain(set):
    pass


p = Plain("hello")
print(sorted(p), repr(Plain()), repr(Plain([1])))
p.note = "x"
print(p.note, vars(p))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain([1], [2])
except TypeError as e:
    print("TypeError:", e)


class Frozen(frozenset):
    def __new__(cls, items, label):
        self = super().__new__(cls, items)
        self.label = label
        return self

    def __repr__(self):
        return "Frozen(%s, %r)" % (sorted(self), self.label)


f = Frozen([3, 1, 2], "nums")
print(f, f.label, type(f | {9}).__name__, hash(f) == hash(frozenset([1, 2, 3])))
d = {f: "found"}
print(d[frozenset([1, 2, 3])], f == frozenset({1, 2, 3}), isinstance(f, frozenset))


class Fz(frozenset):
    pass


print(repr(Fz([2, 1])), sorted(Fz(range(3))), Fz() == frozenset())
print(Fz.__mro__ == (Fz, frozenset, object), issubclass(Tags, set))


class Counted(set):
    adds = 0

    def add(self, item):
        Counted.adds += 1
        super().add(item)


c = Counted()
for x in [1, 2, 2, 3]:
    c.add(x)
print(sorted(c), Counted.adds)
