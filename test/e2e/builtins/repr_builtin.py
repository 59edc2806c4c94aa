# repr() of builtin values, nested containers and recursive structures.
vals = [1, -2.5, 1e100, "s", "it's", b"b", None, True, [1, "a"], (1,), {"k": (1, 2)}, {1}, range(3), slice(1, 2), frozenset(), 2**70, 0.1 + 0.2, float("nan"), ...]
for v in vals:
    print(repr(v))
a = [1]
a.append(a)
d = {}
d["self"] = d
print(repr(a), repr(d), repr((a,)))
print(repr(NotImplemented), repr(Ellipsis), repr(type), repr(int), repr(ValueError))
